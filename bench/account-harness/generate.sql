-- The data set of the citizen-account benchmark (issue 4), generated inside PostgreSQL by bench/account.
-- Run in one transaction by the harness, which replaces ${CITIZENS} (accounts are 3 per citizen on average,
-- transactions ${TX_PER_ACCOUNT} per account). Rows are made the way the application makes them: citizens are
-- identity_user rows of the tenant 'bench' with the role CITIZEN and the demo users' Argon2 password hash; every
-- account is linked through account_link with its own PROVIDER_LINK consent (as Links.link stores them).
-- Statements are separated by a line that ends with ';'.

insert into identity_tenant (code, name_bg, name_lv, name_en, country, created_at)
values ('bench', 'Община Бенчмарк', 'Etalona pašvaldība', 'Benchmark municipality', 'BG', now());

-- the provider staff member who makes the API keys and uploads CSV files
insert into identity_user (tenant_id, email, email_normalized, display_name, password_hash, preferred_language,
                           enabled, email_confirmed_at, created_at)
select t.id, 'staff@bench.inclusio.test', 'staff@bench.inclusio.test', 'Bench Staff',
       (select password_hash from identity_user where email_normalized = 'citizen@sofia.inclusio.eu'), 'en', true, now(), now()
from identity_tenant t where t.code = 'bench';

insert into identity_user_role (user_id, role)
select id, 'PROVIDER_STAFF' from identity_user where email_normalized = 'staff@bench.inclusio.test';

insert into identity_user (tenant_id, email, email_normalized, display_name, password_hash, preferred_language,
                           enabled, email_confirmed_at, created_at)
select t.id, e, e, 'Bench Citizen ' || g,
       (select password_hash from identity_user where email_normalized = 'citizen@sofia.inclusio.eu'), 'en', true, now(), now()
from identity_tenant t, generate_series(1, ${CITIZENS}) g,
     lateral (select 'citizen-' || lpad(g::text, 6, '0') || '@bench.inclusio.test' as e) x
where t.code = 'bench'
order by g;

insert into identity_user_role (user_id, role)
select u.id, 'CITIZEN' from identity_user u join identity_tenant t on t.id = u.tenant_id
where t.code = 'bench' and u.email_normalized like 'citizen-%';

insert into account_provider (tenant_id, name, kind, created_at)
select t.id, p.name, p.kind, now() from identity_tenant t,
  (values ('Bench Housing Association', 'LANDLORD'), ('Bench Council Revenue Office', 'LOCAL_AUTHORITY'),
          ('Bench Energy Supplier', 'UTILITY')) as p(name, kind)
where t.code = 'bench';

insert into account_provider_member (provider_id, user_id)
select p.id, u.id from account_provider p join identity_tenant t on t.id = p.tenant_id
join identity_user u on u.email_normalized = 'staff@bench.inclusio.test'
where t.code = 'bench';

-- citizen number (0-based) -> user id
create temporary table bench_citizen on commit drop as
select (row_number() over (order by u.id) - 1)::int as n, u.id as user_id, u.tenant_id
from identity_user u join identity_tenant t on t.id = u.tenant_id
where t.code = 'bench' and u.email_normalized like 'citizen-%';

-- provider number 0..2 -> provider
create temporary table bench_provider on commit drop as
select (row_number() over (order by p.id) - 1)::int as n, p.id, p.kind,
       case p.kind when 'LANDLORD' then 'RENT' when 'LOCAL_AUTHORITY' then 'TAX' else 'ENERGY' end as prefix,
       case p.kind when 'LANDLORD' then 'RENT' when 'LOCAL_AUTHORITY' then 'COUNCIL_TAX' else 'ENERGY' end as account_kind
from account_provider p join identity_tenant t on t.id = p.tenant_id where t.code = 'bench';

-- account a (0-based) of provider a % 3, linked by one citizen: the first 64 citizens have 5 accounts each,
-- the next 128 two, all others three (3 per citizen on average, so 150,000 accounts for 50,000 citizens)
create temporary table bench_account on commit drop as
select a, p.id as provider_id, p.prefix || '-' || lpad(a::text, 6, '0') as reference, p.account_kind,
       c.user_id as citizen_id, c.tenant_id, nextval('account_consent_id_seq') as consent_id
from generate_series(0, 3 * ${CITIZENS} - 1) a
cross join lateral (select case when a < 320 then a / 5
                                when a < 576 then 64 + (a - 320) / 2
                                else 192 + (a - 576) / 3 end as n) m
join bench_citizen c on c.n = m.n
join bench_provider p on p.n = a % 3;

insert into account_consent (id, tenant_id, citizen_id, kind, provider_id, scope, purpose, text_version, given_at,
                             expires_at)
select consent_id, tenant_id, citizen_id, 'PROVIDER_LINK', provider_id,
       'balance,arrears,due-dates,transactions,messages', 'show-in-citizen-dashboard-and-budget', '2026-11',
       now() - interval '30 days', now() + interval '335 days'
from bench_account order by consent_id;

insert into account_link (tenant_id, citizen_id, provider_id, reference, consent_id, status, linked_at, last_viewed_at)
select tenant_id, citizen_id, provider_id, reference, consent_id, 'ACTIVE', now() - interval '30 days',
       now() - interval '2 days'
from bench_account order by a;

insert into account_record (provider_id, reference, kind, currency, balance, arrears, next_due_date, next_due_amount,
                            updated_at)
select provider_id, reference, account_kind, case when a % 10 = 9 then 'EUR' else 'BGN' end,
       (a * 7919 % 60000) / 100.0,
       case when a % 4 = 0 then least((a * 7919 % 60000) / 100.0, (a * 31 % 30000) / 100.0) else 0 end,
       current_date + (a % 45) - 5, 20 + (a % 200), now()
from bench_account order by provider_id, reference;

-- ${TX_PER_ACCOUNT} transactions per account, in key order (the unique index grows at its right end)
insert into account_transaction (record_id, external_id, booked_on, amount, description, received_at)
select r.id, 'G-' || lpad(k::text, 4, '0'), current_date - (k * 9 + r.id % 9)::int,
       case when k % 3 = 0 then (20 + (r.id + k) % 180) else -(15 + (r.id * k) % 160) end,
       case when k % 3 = 0 then 'Плащане – благодарим!' when r.kind = 'RENT' then 'Наем за месеца'
            when r.kind = 'COUNCIL_TAX' then 'Данък сгради – вноска' else 'Сметка за ток' end,
       now() - make_interval(days => k * 9)
from account_record r join bench_provider p on p.id = r.provider_id
cross join generate_series(1, ${TX_PER_ACCOUNT}) k
order by r.id, 2;

-- an unread message on every fifth account
insert into account_message (provider_id, reference, external_id, subject, body, sent_at, received_at)
select provider_id, reference, 'GM-' || a, 'Напомняне за плащане',
       'Можем да договорим разсрочено плащане. Обадете се на 02 123 4567.', now() - interval '1 day', now() - interval '1 day'
from bench_account where a % 5 = 0 order by provider_id, 'GM-' || a;
