-- A Local Action Plan of Sofia for the benchmark: 5 objectives, 100 actions, 300 indicators (3 per action) with
-- 4 progress updates each. Run once per data directory (ActionPlanBench checks for the plan first).
insert into actionplan_plan (tenant_id, theme, language, title_bg, title_lv, title_en, vision_bg, vision_en, currency,
  created_at, updated_at)
select t.id, 'Bench plan', 'bg', 'Пробен план за натоварване', 'Slodzes plāns', 'Benchmark plan',
  'Визия на плана за натоварване.', 'Vision of the benchmark plan.', 'EUR', now(), now()
from identity_tenant t where t.code = 'sofia';

insert into actionplan_objective (plan_id, position, title)
select p.id, g, 'Цел ' || g || ': по-малко самота и повече помощ у дома'
from actionplan_plan p, generate_series(1, 5) g where p.theme = 'Bench plan';

insert into actionplan_action (plan_id, objective_id, title, description, responsible_body, partners, start_date,
  end_date, cost_amount, cost_currency, funding_source, risks, created_at, updated_at)
select p.id, o.id, 'Действие ' || o.position || '.' || g || ': услуга за възрастни хора',
  'Описание на действието: какво, за кого и как, в две изречения. Втората половина на описанието.',
  'Дирекция „Социални услуги“', 'Български Червен кръст; читалища', date '2026-01-01' + g, date '2027-12-31' + g,
  1000 * g + 0.5, 'EUR', (array['MUNICIPAL_BUDGET', 'ESF_PLUS', 'ERDF', 'NATIONAL', 'OTHER'])[1 + g % 5],
  'Недостиг на персонал.', now(), now()
from actionplan_plan p join actionplan_objective o on o.plan_id = p.id, generate_series(1, 20) g
where p.theme = 'Bench plan';

insert into actionplan_indicator (action_id, name, unit, baseline, target, target_date, created_at)
select a.id, 'Индикатор ' || k || ' на действие ' || a.id, (array['PERSONS', 'PERCENT', 'EUR'])[k],
  (array[10, 20, 0])[k], (array[400, 90, 50000])[k], date '2027-12-31', now()
from actionplan_plan p join actionplan_action a on a.plan_id = p.id, generate_series(1, 3) k
where p.theme = 'Bench plan';

insert into actionplan_progress (indicator_id, value, status, comment, recorded_on, recorded_at)
select i.id, i.baseline + (i.target - i.baseline) * u / 6.0,
  (array['ON_TRACK', 'ON_TRACK', 'AT_RISK', 'LATE', 'DONE'])[1 + (i.id + u) % 5], 'Отчет ' || u,
  date '2026-01-15' + 30 * u, now()
from actionplan_plan p join actionplan_action a on a.plan_id = p.id join actionplan_indicator i on i.action_id = a.id,
  generate_series(1, 4) u
where p.theme = 'Bench plan';
