-- Money management: a citizen's monthly budget, reminder settings, and what reminders and alerts were sent.

-- Lines the citizen typed into the budget planner (debts from linked accounts are not copied here)
create table money_budget_line (
    id          bigserial primary key,
    tenant_id   bigint        not null,
    citizen_id  bigint        not null,
    section     varchar(20)   not null check (section in ('INCOME', 'ESSENTIAL', 'DEBT')),
    label       varchar(80)   not null,
    debt_kind   varchar(20),
    amount      numeric(14,2) not null check (amount > 0 and amount <= 1000000),
    currency    varchar(3)    not null,
    created_at  timestamptz   not null,
    check ((section = 'DEBT') = (debt_kind is not null))
);
create index money_budget_line_citizen_idx on money_budget_line (citizen_id, section, id);

-- How a citizen wants to hear about due dates and overdue amounts; no row means the defaults
create table money_preference (
    citizen_id      bigint      primary key,
    tenant_id       bigint      not null,
    email_enabled   boolean     not null,
    in_app_enabled  boolean     not null,
    days_before     smallint    not null check (days_before between 1 and 14),
    updated_at      timestamptz not null
);

-- The overdue amount of each linked account when the job last looked, to notice when it grows
create table money_arrears_seen (
    link_id     bigint        primary key,
    citizen_id  bigint        not null,
    arrears     numeric(14,2) not null,
    seen_at     timestamptz   not null
);

-- Reminders already sent: never the same reminder twice for the same due date, whatever the number of nodes
create table money_reminder_sent (
    id        bigserial primary key,
    link_id   bigint      not null,
    due_date  date        not null,
    kind      varchar(20) not null,
    sent_at   timestamptz not null,
    unique (link_id, due_date, kind)
);

-- In-app messages; the text is made from kind and these values in the reader's language when shown
create table money_notice (
    id               bigserial primary key,
    tenant_id        bigint        not null,
    citizen_id       bigint        not null,
    kind             varchar(20)   not null,
    link_id          bigint        not null,
    provider_name    varchar(200)  not null,
    account_kind     varchar(20)   not null,
    amount           numeric(14,2) not null,
    previous_amount  numeric(14,2),
    currency         varchar(3)    not null,
    due_date         date,
    created_at       timestamptz   not null,
    read_at          timestamptz
);
create index money_notice_citizen_idx on money_notice (citizen_id, created_at desc);
