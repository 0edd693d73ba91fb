-- Learning: the certificate a citizen gets, once, for a completed course. What it says is copied here when it is
-- issued (the person's name, the course title and the municipality's name in each language they exist in), so a
-- certificate never changes when a name, a course or a municipality does later.
create table learning_certificate (
    id                 bigserial primary key,
    tenant_id          bigint       not null,
    citizen_id         bigint       not null,
    enrolment_id       bigint       not null unique references learning_enrolment (id) on delete cascade,
    -- 12 characters without the look-alikes 0, 1, I, L and O, stored without dashes (shown as K7QH-2M9X-PA4E)
    code               varchar(12)  not null unique check (code ~ '^[2-9A-HJKMNP-Z]{12}$'),
    person_name        varchar(200) not null,
    course_title       jsonb        not null check (course_title ? 'en'),
    municipality_name  jsonb        not null check (municipality_name ? 'en'),
    -- the language the citizen was using when the course was completed
    language           varchar(2)   not null check (language in ('bg', 'lv', 'en')),
    issued_at          timestamptz  not null
);
create index learning_certificate_citizen_idx on learning_certificate (tenant_id, citizen_id, issued_at);
