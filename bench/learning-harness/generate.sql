-- The data set of the learning benchmark (issue 5), generated inside PostgreSQL by bench/learning.
-- Run in one transaction by the harness, which replaces ${LEARNERS}. Rows are made the way the application makes
-- them: learners are identity_user rows of the tenant 'bench' with the role CITIZEN and the demo users' Argon2
-- password hash (they sign in with the demo password); their progress in the six starter courses is
-- learning_enrolment (pinned to the course's current version), learning_lesson_done and learning_quiz_attempt rows.
-- Statements are separated by a line that ends with ';'. random() is seeded, so every data set is the same.

insert into identity_tenant (code, name_bg, name_lv, name_en, country, created_at)
values ('bench', 'Община Бенчмарк', 'Etalona pašvaldība', 'Benchmark municipality', 'BG', now());

insert into identity_user (tenant_id, email, email_normalized, display_name, password_hash, preferred_language,
                           enabled, email_confirmed_at, created_at)
select t.id, e, e, 'Bench Learner ' || g,
       (select password_hash from identity_user where email_normalized = 'citizen@sofia.inclusio.eu'),
       case g % 3 when 0 then 'bg' when 1 then 'lv' else 'en' end, true, now(), now()
from identity_tenant t, generate_series(1, ${LEARNERS}) g,
     lateral (select 'learner-' || lpad(g::text, 5, '0') || '@bench.inclusio.test' as e) x
where t.code = 'bench'
order by g;

insert into identity_user_role (user_id, role)
select u.id, 'CITIZEN' from identity_user u join identity_tenant t on t.id = u.tenant_id
where t.code = 'bench' and u.email_normalized like 'learner-%';

-- learner number (1-based) -> user id
create temporary table bench_learner on commit drop as
select (row_number() over (order by u.id))::int as n, u.id as user_id, u.tenant_id
from identity_user u join identity_tenant t on t.id = u.tenant_id
where t.code = 'bench' and u.email_normalized like 'learner-%';

-- the starter courses (shared by every municipality) in catalogue order, with their current version
create temporary table bench_course on commit drop as
select (row_number() over (order by c.category, c.position, c.slug))::int as k, c.id as course_id,
       c.current_version_id as version_id,
       (select count(*) from learning_lesson l where l.version_id = c.current_version_id)::int as lessons,
       (select count(*) from learning_question q where q.version_id = c.current_version_id)::int as questions
from learning_course c where c.tenant_id is null and c.source = 'FILE' and c.current_version_id is not null;

select setseed(0.2026);

-- Who takes what, and how far they got. The first 64 learners (those the benchmark signs in) are half-way through
-- all six courses. Everyone else starts each course with a chance that falls from 60 % (the first) to 25 % (the
-- sixth); of those, 40 % completed it (all lessons and a passed quiz, a third of them after a failed attempt),
-- 15 % did every lesson and failed the quiz once, the rest stopped after 0 to all-but-one lessons. Courses were
-- started at any time in the last year (at least a week ago).
create temporary table bench_enrol on commit drop as
select n, user_id, tenant_id, course_id, version_id, lessons, questions, started_at,
       case when n <= 64 then 'P' when p < 0.40 then 'C' when p < 0.55 then 'Q' else 'P' end as state,
       case when n <= 64 then 1 + floor(random() * greatest(1, lessons - 1))::int
            when p < 0.55 then lessons
            else floor(random() * lessons)::int end as done
from (select l.n, l.user_id, l.tenant_id, c.course_id, c.version_id, c.lessons, c.questions, c.k,
             now() - interval '7 days' - make_interval(secs => floor(random() * 358 * 86400)::int) as started_at,
             random() as p, random() as chance
      from bench_learner l cross join bench_course c) x
where n <= 64 or chance < 0.60 - 0.07 * (k - 1);

insert into learning_enrolment (tenant_id, citizen_id, course_id, version_id, started_at, last_activity_at, completed_at)
select tenant_id, user_id, course_id, version_id, started_at,
       started_at + make_interval(hours => 20 * done + case when state = 'P' then 0 else 120 end),
       case when state = 'C' then started_at + interval '6 days' end
from bench_enrol order by user_id, course_id;

insert into learning_lesson_done (enrolment_id, lesson_id, done_at)
select e.id, l.id, b.started_at + make_interval(hours => 20 * l.position)
from bench_enrol b
join learning_enrolment e on e.citizen_id = b.user_id and e.course_id = b.course_id
join learning_lesson l on l.version_id = b.version_id and l.position <= b.done
order by e.id, l.id;

-- a failed attempt (every 'Q', and a third of the 'C' before their passed one), then the passed one
insert into learning_quiz_attempt (enrolment_id, submitted_at, score, out_of, passed)
select e.id, b.started_at + interval '5 days', greatest(0, b.questions - 2), b.questions, false
from bench_enrol b join learning_enrolment e on e.citizen_id = b.user_id and e.course_id = b.course_id
where b.state = 'Q' or (b.state = 'C' and b.n % 3 = 0)
order by e.id;

insert into learning_quiz_attempt (enrolment_id, submitted_at, score, out_of, passed)
select e.id, b.started_at + interval '6 days', b.questions, b.questions, true
from bench_enrol b join learning_enrolment e on e.citizen_id = b.user_id and e.course_id = b.course_id
where b.state = 'C'
order by e.id;
