-- Municipalities: one tenant each
create table identity_tenant (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name_bg     varchar(200) not null,
    name_lv     varchar(200) not null,
    name_en     varchar(200) not null,
    country     varchar(2)   not null,
    created_at  timestamptz  not null default now()
);

create table identity_user (
    id                  bigserial primary key,
    tenant_id           bigint       not null references identity_tenant (id),
    email               varchar(320) not null,
    email_normalized    varchar(320) not null unique,
    display_name        varchar(200) not null,
    password_hash       varchar(200) not null,
    preferred_language  varchar(2)   not null default 'en',
    enabled             boolean      not null default true,
    email_confirmed_at  timestamptz,
    created_at          timestamptz  not null,
    version             integer      not null default 0
);
create index identity_user_tenant_idx on identity_user (tenant_id);

create table identity_user_role (
    user_id  bigint      not null references identity_user (id) on delete cascade,
    role     varchar(30) not null,
    primary key (user_id, role)
);

-- One-time tokens for email confirmation and password reset; only a hash of the token is stored
create table identity_token (
    id          bigserial primary key,
    user_id     bigint      not null references identity_user (id) on delete cascade,
    purpose     varchar(30) not null,
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null
);
create index identity_token_expires_idx on identity_token (expires_at);

-- Failed logins per account (hashed email) and per IP, shared by all nodes
create table identity_login_attempt (
    attempt_key     varchar(80) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

-- Append-only audit log: who read or wrote what
create table identity_audit_log (
    id            bigserial primary key,
    occurred_at   timestamptz  not null default now(),
    tenant_id     bigint,
    actor_user_id bigint,
    actor_role    varchar(30),
    action        varchar(40)  not null,
    subject_type  varchar(60)  not null,
    subject_id    varchar(100),
    request_id    varchar(64),
    details       varchar(500)
);
create index identity_audit_log_tenant_time_idx on identity_audit_log (tenant_id, occurred_at desc);

create function identity_audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'identity_audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger identity_audit_log_no_update before update or delete on identity_audit_log
    for each row execute function identity_audit_log_is_append_only();
create trigger identity_audit_log_no_truncate before truncate on identity_audit_log
    for each statement execute function identity_audit_log_is_append_only();
revoke update, delete, truncate on identity_audit_log from public;

-- Sessions (Spring Session JDBC)
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Events between modules (Spring Modulith JDBC event publication registry)
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Scheduled jobs run on one node only
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

-- Outgoing email kept until sent (notification module)
create table notification_email (
    id           bigserial primary key,
    recipient    varchar(320) not null,
    subject      varchar(300) not null,
    body_text    text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(300)
);
create index notification_email_unsent_idx on notification_email (created_at) where sent_at is null;
