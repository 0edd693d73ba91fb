-- Co-design: workshop series in which service users and providers design measures as equals, their sessions,
-- invitations and replies, ideas, themes, comments, dot votes, decisions.
--
-- Texts a municipality writes for the public (a series' title and purpose) are jsonb objects with one entry per
-- language, e.g. {"bg": "…", "lv": "…", "en": "…"}; at least one language is there, pages fall back to English,
-- then Bulgarian, then Latvian.

create table codesign_series (
    id                     bigserial primary key,
    tenant_id              bigint       not null,
    title                  jsonb        not null,
    purpose                jsonb        not null,
    -- every participant gets the same number of dots, whatever their side: the "equal voice"
    votes_per_participant  integer      not null default 3 check (votes_per_participant between 1 and 10),
    created_at             timestamptz  not null,
    created_by             bigint
);
create index codesign_series_tenant on codesign_series (tenant_id);

-- The local support group: who takes part over the whole series, and from which side.
create table codesign_member (
    id            bigserial primary key,
    series_id     bigint        not null references codesign_series (id),
    name          varchar(200)  not null,
    side          varchar(20)   not null check (side in ('SERVICE_USER', 'PROVIDER', 'MUNICIPALITY', 'NGO', 'EXPERT')),
    organisation  varchar(200),
    email         varchar(320),
    created_at    timestamptz   not null
);
create index codesign_member_series on codesign_member (series_id);

create table codesign_session (
    id             bigserial primary key,
    series_id      bigint        not null references codesign_series (id),
    tenant_id      bigint        not null,
    title          varchar(200)  not null,
    starts_at      timestamptz   not null,
    ends_at        timestamptz   not null check (ends_at > starts_at),
    place          varchar(300),
    accessibility  text,
    online_link    varchar(500),
    agenda         text          not null,
    capacity       integer       not null check (capacity between 1 and 10000),
    rsvp_deadline  timestamptz   not null,
    language       varchar(2)    not null check (language in ('bg', 'lv', 'en')),
    -- voting opens once, closes once: a closed session takes no more ideas, comments or votes
    voting         varchar(10)   not null default 'NOT_OPEN' check (voting in ('NOT_OPEN', 'OPEN', 'CLOSED')),
    next_steps     text,
    reminder_sent_at timestamptz,
    created_at     timestamptz   not null,
    check (place is not null or online_link is not null)
);
create index codesign_session_series on codesign_session (series_id, starts_at);
create index codesign_session_reminder on codesign_session (starts_at) where reminder_sent_at is null;

-- An invitation to one session, with a short code that is all a participant needs (many have no email or account),
-- and their reply. A walk-in recorded by the facilitator is an invitation on paper that is already attending.
create table codesign_invitation (
    id              bigserial primary key,
    session_id      bigint        not null references codesign_session (id),
    code            varchar(8)    not null unique check (code ~ '^[A-Z2-9]{8}$'),
    name            varchar(200)  not null,
    side            varchar(20)   not null check (side in ('SERVICE_USER', 'PROVIDER', 'MUNICIPALITY', 'NGO', 'EXPERT')),
    email           varchar(320),
    user_id         bigint,
    member_id       bigint references codesign_member (id),
    language        varchar(2)    not null check (language in ('bg', 'lv', 'en')),
    channel         varchar(10)   not null check (channel in ('EMAIL', 'LETTER', 'PAPER', 'PUBLIC')),
    status          varchar(10)   not null default 'INVITED'
                    check (status in ('INVITED', 'ATTENDING', 'WAITING', 'DECLINED', 'CANCELLED')),
    -- access needs, a comma-separated subset of INTERPRETER, SIGN_LANGUAGE, STEP_FREE, CHILDCARE, TRANSPORT, LARGE_PRINT
    access_needs    varchar(200)  not null default '',
    access_note     varchar(500),
    name_consent    boolean       not null default false,
    replied_at      timestamptz,
    waiting_since   timestamptz,
    attended        boolean       not null default false,
    reminded_at     timestamptz,
    created_at      timestamptz   not null
);
create index codesign_invitation_session on codesign_invitation (session_id, status);
create unique index codesign_invitation_email on codesign_invitation (session_id, lower(email)) where email is not null;
create unique index codesign_invitation_user on codesign_invitation (session_id, user_id) where user_id is not null;

create table codesign_theme (
    id          bigserial primary key,
    session_id  bigint        not null references codesign_session (id),
    name        varchar(200)  not null,
    unique (session_id, name)
);

create table codesign_idea (
    id             bigserial primary key,
    session_id     bigint         not null references codesign_session (id),
    theme_id       bigint references codesign_theme (id),
    problem        varchar(2000)  not null,
    measure        varchar(2000)  not null,
    invitation_id  bigint references codesign_invitation (id),
    -- written down by the facilitator from paper for someone without an account
    proxy          boolean        not null default false,
    recorded_by    bigint,
    created_at     timestamptz    not null
);
create index codesign_idea_session on codesign_idea (session_id);

create table codesign_comment (
    id             bigserial primary key,
    idea_id        bigint         not null references codesign_idea (id),
    invitation_id  bigint references codesign_invitation (id),
    body           varchar(2000)  not null,
    proxy          boolean        not null default false,
    recorded_by    bigint,
    created_at     timestamptz    not null
);
create index codesign_comment_idea on codesign_comment (idea_id);

-- One dot on one idea. A participant casts all their dots at once (a ballot); the unique keys make a second ballot,
-- a second dot on one idea or more dots than allowed impossible even when two requests race.
create table codesign_vote (
    id             bigserial primary key,
    session_id     bigint       not null references codesign_session (id),
    idea_id        bigint       not null references codesign_idea (id),
    invitation_id  bigint       not null references codesign_invitation (id),
    dot            integer      not null check (dot between 1 and 10),
    proxy          boolean      not null default false,
    recorded_by    bigint,
    created_at     timestamptz  not null,
    unique (invitation_id, dot),
    unique (invitation_id, idea_id)
);
create index codesign_vote_session on codesign_vote (session_id, idea_id);

create table codesign_decision (
    id          bigserial primary key,
    session_id  bigint         not null references codesign_session (id),
    text        varchar(2000)  not null,
    rationale   varchar(4000)  not null,
    created_at  timestamptz    not null,
    created_by  bigint
);
create index codesign_decision_session on codesign_decision (session_id);

create table codesign_decision_idea (
    decision_id  bigint  not null references codesign_decision (id),
    idea_id      bigint  not null references codesign_idea (id),
    primary key (decision_id, idea_id)
);
