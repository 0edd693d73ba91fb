-- Local Action Plan (URBACT style): a plan per municipality and theme, its objectives, actions, indicators per
-- action and progress updates per indicator; approved versions are kept as snapshots.

create table actionplan_plan (
    id              bigserial primary key,
    tenant_id       bigint not null references identity_tenant (id),
    theme           varchar(200) not null,
    language        varchar(2) not null check (language in ('bg', 'lv', 'en')),
    title_bg        varchar(300) not null default '',
    title_lv        varchar(300) not null default '',
    title_en        varchar(300) not null default '',
    vision_bg       text not null default '',
    vision_lv       text not null default '',
    vision_en       text not null default '',
    currency        varchar(3) not null check (currency in ('EUR', 'BGN')),
    status          varchar(20) not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED')),
    -- bumped by every change to the plan or anything in it: public pages are cached per revision
    revision        bigint not null default 1,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index actionplan_plan_tenant on actionplan_plan (tenant_id);

create table actionplan_plan_version (
    id              bigserial primary key,
    plan_id         bigint not null references actionplan_plan (id),
    number          int not null,
    approved_at     timestamptz not null,
    approved_by     bigint not null,
    snapshot        jsonb not null,
    unique (plan_id, number)
);

create table actionplan_objective (
    id              bigserial primary key,
    plan_id         bigint not null references actionplan_plan (id),
    position        int not null,
    title           varchar(300) not null
);
create index actionplan_objective_plan on actionplan_objective (plan_id, position);

create table actionplan_action (
    id              bigserial primary key,
    plan_id         bigint not null references actionplan_plan (id),
    objective_id    bigint not null references actionplan_objective (id),
    title           varchar(300) not null,
    description     text not null default '',
    responsible_body varchar(300) not null check (length(trim(responsible_body)) > 0),
    partners        varchar(1000) not null default '',
    start_date      date,
    end_date        date,
    cost_amount     numeric(14, 2),
    cost_currency   varchar(3) check (cost_currency in ('EUR', 'BGN')),
    funding_source  varchar(30) check (funding_source in ('MUNICIPAL_BUDGET', 'ESF_PLUS', 'ERDF', 'NATIONAL', 'OTHER')),
    risks           text not null default '',
    -- optimistic locking: an update names the version it was edited from
    version         int not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (end_date is null or start_date is null or end_date >= start_date),
    check (cost_amount is null or cost_amount >= 0)
);
create index actionplan_action_plan on actionplan_action (plan_id, objective_id, id);

-- The workshop decisions and ideas (codesign module, by id) an action came from
create table actionplan_action_source (
    action_id       bigint not null references actionplan_action (id),
    kind            varchar(10) not null check (kind in ('DECISION', 'IDEA')),
    source_id       bigint not null,
    primary key (action_id, kind, source_id)
);

create table actionplan_indicator (
    id              bigserial primary key,
    action_id       bigint not null references actionplan_action (id),
    name            varchar(300) not null,
    unit            varchar(10) not null check (unit in ('PERSONS', 'PERCENT', 'EUR', 'BGN', 'COUNT', 'HOURS')),
    baseline        numeric(16, 2) not null,
    target          numeric(16, 2) not null,
    target_date     date not null,
    created_at      timestamptz not null
);
create index actionplan_indicator_action on actionplan_indicator (action_id, id);

create table actionplan_progress (
    id              bigserial primary key,
    indicator_id    bigint not null references actionplan_indicator (id),
    value           numeric(16, 2) not null,
    status          varchar(10) not null check (status in ('ON_TRACK', 'AT_RISK', 'LATE', 'DONE')),
    comment         varchar(2000) not null default '',
    recorded_on     date not null,
    recorded_at     timestamptz not null,
    recorded_by     bigint
);
create index actionplan_progress_indicator on actionplan_progress (indicator_id, recorded_on, id);
