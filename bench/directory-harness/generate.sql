-- The data set of the directory benchmark (issue 6), generated inside PostgreSQL by bench/directory: ${SERVICES}
-- services in Bulgarian, Latvian and English across the two demo municipalities (Sofia and Tvarditsa), with their
-- organisations (50 services each, in the same municipality), one location each (coordinates around the municipality, wheelchair access for
-- 40 %), weekday opening hours, one or two languages spoken and one or two need categories; 60 % free of charge,
-- 2 % inactive. Set-based: a few INSERT ... SELECT over generate_series with word lists, random() seeded.
-- Run in one transaction by the harness, which replaces ${SERVICES}. Statements end with ';' at the end of a line.

select setseed(0.2026);

create temporary table bench_word on commit drop as
select * from (values
  (1, 'employment',        'Клуб по работа',             'Darba klubs',                       'Job club'),
  (2, 'education',         'Център за обучение',         'Mācību centrs',                     'Training centre'),
  (3, 'health',            'Здравна консултация',        'Veselības konsultācija',            'Health advice'),
  (4, 'housing',           'Жилищна помощ',              'Mājokļa palīdzība',                 'Housing help'),
  (5, 'debt-advice',       'Съвети при дългове',         'Parādu konsultācijas',              'Debt advice'),
  (6, 'social-assistance', 'Социално подпомагане',       'Sociālā palīdzība',                 'Social assistance'),
  (7, 'disability',        'Подкрепа при увреждане',     'Atbalsts cilvēkiem ar invaliditāti','Disability support'),
  (8, 'roma-inclusion',    'Ромска здравна медиация',    'Romu mediācija',                    'Roma mediation'),
  (9, 'elderly-care',      'Грижа за възрастни хора',    'Veco ļaužu aprūpe',                 'Elderly care'),
  (10, 'family-care',      'Семейно консултиране',       'Ģimenes konsultācijas',             'Family counselling'),
  (11, 'digital-access',   'Дигитални умения',           'Digitālās prasmes',                 'Digital skills'),
  (12, 'income-benefits',  'Помощ за социални помощи',   'Palīdzība pabalstu saņemšanā',      'Benefits help')
) as w(k, code, bg, lv, en);

create temporary table bench_sentence on commit drop as
select * from (values
  (1, 'Помагаме при търсене на работа и подготовка за интервю с работодатели.', 'Palīdzam meklēt darbu un sagatavoties darba intervijai.', 'We help you look for work and prepare for job interviews.'),
  (2, 'Безплатни курсове за обучение и квалификация на възрастни.', 'Bezmaksas mācību kursi un kvalifikācijas celšana pieaugušajiem.', 'Free training courses and qualifications for adults.'),
  (3, 'Консултации за здраве, профилактика и здравно осигуряване.', 'Konsultācijas par veselību, profilaksi un veselības apdrošināšanu.', 'Advice on health, check-ups and health insurance.'),
  (4, 'Съдействие при наем на жилище и неплатени сметки.', 'Palīdzība mājokļa īres jautājumos un neapmaksātu rēķinu gadījumā.', 'Help with renting a home and with unpaid bills.'),
  (5, 'Планиране на бюджета и разговори с кредитори за дългове.', 'Budžeta plānošana un sarunas ar kreditoriem par parādiem.', 'Budget planning and talking to lenders about debts.'),
  (6, 'Информация за социални помощи и как да кандидатствате.', 'Informācija par sociālajiem pabalstiem un to pieprasīšanu.', 'Information about social benefits and how to apply.'),
  (7, 'Работни места и подкрепа за хора с увреждания.', 'Darba vietas un atbalsts cilvēkiem ar invaliditāti.', 'Jobs and support for people with disabilities.'),
  (8, 'Медиатори придружават семейства до училище и лекар.', 'Mediatori pavada ģimenes uz skolu un pie ārsta.', 'Mediators go with families to school and to the doctor.'),
  (9, 'Домашни грижи и дневен център за възрастни хора.', 'Aprūpe mājās un dienas centrs vecāka gadagājuma cilvēkiem.', 'Care at home and a day centre for older people.'),
  (10, 'Консултации за родители и деца в трудна ситуация.', 'Konsultācijas vecākiem un bērniem grūtā situācijā.', 'Counselling for parents and children in a difficult situation.'),
  (11, 'Научете се да използвате компютър, имейл и електронни услуги.', 'Iemācieties lietot datoru, e-pastu un e-pakalpojumus.', 'Learn to use a computer, email and online services.'),
  (12, 'Запишете се по телефона или елате без предварителна уговорка.', 'Piesakieties pa tālruni vai nāciet bez iepriekšēja pieraksta.', 'Book by phone or come without an appointment.')
) as s(k, bg, lv, en);

create temporary table bench_area on commit drop as
select * from (values
  (1, 'Люлин', 'Ļuļina', 'Lyulin'), (2, 'Младост', 'Mladosta', 'Mladost'), (3, 'Надежда', 'Nadežda', 'Nadezhda'),
  (4, 'Красно село', 'Krasno Selo', 'Krasno Selo'), (5, 'Център', 'Centrs', 'Centre'), (6, 'Изток', 'Austrumi', 'East'),
  (7, 'Овча купел', 'Ovča Kupela', 'Ovcha Kupel'), (8, 'Запад', 'Rietumi', 'West')
) as a(k, bg, lv, en);

-- municipality number (1 = Sofia, 2 = Tvarditsa) -> tenant id and centre
create temporary table bench_tenant on commit drop as
select row_number() over (order by t.code)::int as k, t.id as tenant_id,
       case t.code when 'sofia' then 42.6977 else 42.7000 end as lat,
       case t.code when 'sofia' then 23.3219 else 25.9000 end as lon
from identity_tenant t where t.code in ('sofia', 'tvarditsa');

create temporary table bench_s on commit drop as
select g, 1 + (g % 2) as tk,
       1 + floor(random() * 12)::int as w1, 1 + floor(random() * 12)::int as w2,
       1 + floor(random() * 12)::int as s1, 1 + floor(random() * 12)::int as s2, 1 + floor(random() * 12)::int as s3,
       1 + floor(random() * 8)::int as a, random() as p_free, random() as p_wheel, random() as p_status,
       random() as p_lang, random() as p_sched, (random() - 0.5) * 0.16 as dlat, (random() - 0.5) * 0.22 as dlon
from generate_series(1, ${SERVICES}) g;

insert into directory_organization (id, tenant_id, name_bg, name_lv, name_en, description_en, version, updated_at)
select 'bench-o-' || o, t.tenant_id, 'Сдружение ' || o, 'Biedrība ' || o, 'Association ' || o,
       'A generated organisation of the directory benchmark.', 0, now()
from generate_series(1, (${SERVICES} + 49) / 50) o join bench_tenant t on t.k = 1 + (o % 2);

insert into directory_service (id, organization_id, tenant_id, name_bg, name_lv, name_en, description_bg,
                               description_lv, description_en, status, free_of_charge, last_modified, version)
select 'bench-s-' || s.g, 'bench-o-' || (2 * ((s.g - 1) / 100) + 2 - s.g % 2), t.tenant_id,
       w.bg || ' ' || a.bg, w.lv || ' ' || a.lv, w.en || ' ' || a.en,
       x1.bg || ' ' || x2.bg || ' ' || x3.bg, x1.lv || ' ' || x2.lv || ' ' || x3.lv, x1.en || ' ' || x2.en || ' ' || x3.en,
       case when s.p_status < 0.02 then 'inactive' else 'active' end, s.p_free < 0.6, now(), 0
from bench_s s
join bench_tenant t on t.k = s.tk
join bench_word w on w.k = s.w1
join bench_area a on a.k = s.a
join bench_sentence x1 on x1.k = s.w1
join bench_sentence x2 on x2.k = s.s2
join bench_sentence x3 on x3.k = s.s3;

insert into directory_location (id, organization_id, location_type, name_bg, name_lv, name_en, latitude, longitude)
select 'bench-l-' || s.g, 'bench-o-' || (2 * ((s.g - 1) / 100) + 2 - s.g % 2), 'physical', 'Офис ' || a.bg, 'Birojs ' || a.lv,
       'Office ' || a.en, round((t.lat + s.dlat)::numeric, 6), round((t.lon + s.dlon)::numeric, 6)
from bench_s s join bench_tenant t on t.k = s.tk join bench_area a on a.k = s.a;

insert into directory_service_at_location (id, service_id, location_id)
select 'bench-sal-' || g, 'bench-s-' || g, 'bench-l-' || g from bench_s;

insert into directory_address (id, location_id, address_1, city, postal_code, country, address_type)
select 'bench-a-' || s.g, 'bench-l-' || s.g, 'ул. ' || s.g, case s.tk when 1 then 'София' else 'Твърдица' end,
       case s.tk when 1 then '1000' else '8890' end, 'BG', 'physical'
from bench_s s;

insert into directory_accessibility (id, location_id, description_en, wheelchair)
select 'bench-ac-' || g, 'bench-l-' || g, case when p_wheel < 0.4 then 'Step-free entrance' else 'Steps at the entrance' end,
       p_wheel < 0.4
from bench_s;

insert into directory_schedule (id, service_id, freq, byday, opens_at, closes_at)
select 'bench-h-' || g, 'bench-s-' || g, 'WEEKLY',
       case when p_sched < 0.7 then 'MO,TU,WE,TH,FR' when p_sched < 0.9 then 'MO,WE,FR' else 'SA,SU' end,
       case when p_sched < 0.5 then time '09:00' else time '08:30' end,
       case when p_sched < 0.5 then time '17:00' else time '16:00' end
from bench_s;

insert into directory_language (id, service_id, code, name)
select 'bench-lg-' || g, 'bench-s-' || g, 'bg', 'Български' from bench_s;

insert into directory_language (id, service_id, code, name)
select 'bench-lg2-' || g, 'bench-s-' || g,
       case when p_lang < 0.3 then 'en' when p_lang < 0.45 then 'rom' when p_lang < 0.6 then 'ru' else 'lv' end, null
from bench_s where p_lang < 0.8;

insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)
select 'bench-at-' || s.g, 'bench-s-' || s.g, 'service', term.id
from bench_s s join bench_word w on w.k = s.w1
join directory_taxonomy_term term on term.code = w.code and term.taxonomy_id = 'inclusio-needs';

insert into directory_attribute (id, link_id, link_entity, taxonomy_term_id)
select 'bench-at2-' || s.g, 'bench-s-' || s.g, 'service', term.id
from bench_s s join bench_word w on w.k = s.w2
join directory_taxonomy_term term on term.code = w.code and term.taxonomy_id = 'inclusio-needs'
where s.w2 <> s.w1;
