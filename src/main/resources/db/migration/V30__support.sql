-- Support: needs self-assessments, closed-loop referrals to directory services, one support plan per citizen.

-- A self-assessment a citizen took at one moment; they may take it again to see progress
create table support_assessment (
    id          bigserial primary key,
    tenant_id   bigint      not null,
    citizen_id  bigint      not null,
    taken_at    timestamptz not null
);
create index support_assessment_citizen_idx on support_assessment (tenant_id, citizen_id, taken_at desc);

-- One answer per life area: 1 = very hard, I need help now ... 4 = fine
create table support_assessment_answer (
    assessment_id bigint      not null references support_assessment (id) on delete cascade,
    area          varchar(20) not null,
    score         smallint    not null check (score between 1 and 4),
    primary key (assessment_id, area)
);

-- A referral of a citizen to a directory service. What the provider may see is fixed by the share_* flags the
-- citizen agreed to; the consent text they saw is kept word for word. version: optimistic locking.
create table support_referral (
    id                  bigserial primary key,
    tenant_id           bigint       not null,
    citizen_id          bigint       not null,
    service_id          varchar(64)  not null,
    provider_id         bigint       not null,
    caseworker_id       bigint,
    created_by          bigint       not null,
    state               varchar(20)  not null check (state in ('SENT', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    share_contact       boolean      not null,
    share_assessment    boolean      not null,
    share_note          boolean      not null,
    assessment_id       bigint references support_assessment (id),
    note                text,
    consent_text        text         not null,
    consent_language    varchar(2)   not null,
    consent_method      varchar(20)  not null check (consent_method in ('ONLINE', 'IN_PERSON')),
    consent_given_at    timestamptz  not null,
    reason              text,
    sent_at             timestamptz  not null,
    answered_at         timestamptz,
    overdue_flagged_at  timestamptz,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index support_referral_citizen_idx on support_referral (tenant_id, citizen_id);
create index support_referral_provider_idx on support_referral (provider_id, state);
create index support_referral_caseworker_idx on support_referral (caseworker_id);
create index support_referral_waiting_idx on support_referral (sent_at) where state = 'SENT';

-- Every change of a referral's state, who made it and why: the referral's history
create table support_referral_event (
    id           bigserial primary key,
    referral_id  bigint      not null references support_referral (id),
    from_state   varchar(20),
    to_state     varchar(20) not null,
    reason       text,
    actor_id     bigint,
    occurred_at  timestamptz not null
);
create index support_referral_event_referral_idx on support_referral_event (referral_id, occurred_at);

-- In-app messages about referrals; only facts are stored, the sentence is made in the reader's language
create table support_notice (
    id           bigserial primary key,
    tenant_id    bigint      not null,
    user_id      bigint      not null,
    referral_id  bigint      not null references support_referral (id),
    kind         varchar(20) not null,
    state        varchar(20),
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index support_notice_user_idx on support_notice (user_id, read_at, created_at desc);

-- One support plan per citizen, shared by the citizen and their caseworker
create table support_plan (
    id          bigserial primary key,
    tenant_id   bigint      not null,
    citizen_id  bigint      not null unique,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table support_plan_goal (
    id           bigserial primary key,
    plan_id      bigint       not null references support_plan (id) on delete cascade,
    text         varchar(500) not null,
    created_by   bigint       not null,
    created_at   timestamptz  not null
);

create table support_plan_action (
    id          bigserial primary key,
    plan_id     bigint       not null references support_plan (id) on delete cascade,
    text        varchar(500) not null,
    owner       varchar(20)  not null check (owner in ('CITIZEN', 'CASEWORKER', 'PROVIDER')),
    due_on      date,
    done_at     timestamptz,
    created_by  bigint       not null,
    created_at  timestamptz  not null
);

create table support_plan_note (
    id          bigserial primary key,
    plan_id     bigint        not null references support_plan (id) on delete cascade,
    text        varchar(2000) not null,
    author_id   bigint        not null,
    created_at  timestamptz   not null
);

create table support_plan_course (
    plan_id      bigint      not null references support_plan (id) on delete cascade,
    course_slug  varchar(80) not null,
    added_by     bigint      not null,
    added_at     timestamptz not null,
    primary key (plan_id, course_slug)
);
