-- Provider organisations (landlords, the local authority's revenue office, NGOs, utilities) of a municipality
create table account_provider (
    id          bigserial primary key,
    tenant_id   bigint       not null,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    created_at  timestamptz  not null,
    unique (tenant_id, name)
);

-- Which staff accounts act for which provider
create table account_provider_member (
    provider_id bigint not null references account_provider (id) on delete cascade,
    user_id     bigint not null,
    primary key (provider_id, user_id)
);
create index account_provider_member_user_idx on account_provider_member (user_id);

-- API keys of providers: only a hash is stored; the prefix identifies a key in lists
create table account_api_key (
    id          bigserial primary key,
    provider_id bigint       not null references account_provider (id) on delete cascade,
    label       varchar(100) not null,
    key_prefix  varchar(16)  not null,
    key_hash    varchar(64)  not null unique,
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);

-- One-time codes a provider gives a customer on paper, to link the account held under a reference
create table account_link_code (
    id          bigserial primary key,
    provider_id bigint       not null references account_provider (id) on delete cascade,
    reference   varchar(64)  not null,
    code_hash   varchar(64)  not null unique,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_by  bigint,
    created_at  timestamptz  not null
);

-- Consent a citizen gave: to see a provider's account data (PROVIDER_LINK), or to let caseworkers see the
-- dashboard (CASEWORKER_VIEW). Versioned text, scope, purpose, until when; revocable.
create table account_consent (
    id            bigserial primary key,
    tenant_id     bigint       not null,
    citizen_id    bigint       not null,
    kind          varchar(30)  not null,
    provider_id   bigint references account_provider (id),
    scope         varchar(200) not null,
    purpose       varchar(200) not null,
    text_version  varchar(20)  not null,
    given_at      timestamptz  not null,
    expires_at    timestamptz  not null,
    revoked_at    timestamptz
);
create index account_consent_citizen_idx on account_consent (citizen_id);

-- A citizen's link to an account a provider holds for them
create table account_link (
    id             bigserial primary key,
    tenant_id      bigint      not null,
    citizen_id     bigint      not null,
    provider_id    bigint      not null references account_provider (id),
    reference      varchar(64) not null,
    consent_id     bigint      not null references account_consent (id),
    status         varchar(20) not null,
    linked_at      timestamptz not null,
    revoked_at     timestamptz,
    last_viewed_at timestamptz
);
create unique index account_link_active_idx on account_link (provider_id, reference, citizen_id) where status = 'ACTIVE';
create index account_link_citizen_idx on account_link (citizen_id) where status = 'ACTIVE';

-- Account data pushed by providers, only for references with an active, consented link
create table account_record (
    id               bigserial primary key,
    provider_id      bigint        not null references account_provider (id),
    reference        varchar(64)   not null,
    kind             varchar(20)   not null,
    currency         varchar(3)    not null,
    balance          numeric(14,2) not null,
    arrears          numeric(14,2) not null,
    next_due_date    date,
    next_due_amount  numeric(14,2),
    updated_at       timestamptz   not null,
    unique (provider_id, reference)
);

create table account_transaction (
    id           bigserial primary key,
    record_id    bigint        not null references account_record (id) on delete cascade,
    external_id  varchar(64)   not null,
    booked_on    date          not null,
    amount       numeric(14,2) not null,
    description  varchar(300)  not null,
    received_at  timestamptz   not null,
    unique (record_id, external_id)
);
create index account_transaction_record_date_idx on account_transaction (record_id, booked_on desc);

create table account_message (
    id           bigserial primary key,
    provider_id  bigint        not null references account_provider (id),
    reference    varchar(64)   not null,
    external_id  varchar(64)   not null,
    subject      varchar(200)  not null,
    body         varchar(4000) not null,
    sent_at      timestamptz   not null,
    received_at  timestamptz   not null,
    read_at      timestamptz,
    unique (provider_id, external_id)
);
create index account_message_reference_idx on account_message (provider_id, reference);
