-- The certificates of the learning benchmark's completed courses, as CertificateIssuer stores them (name, course
-- title and municipality copied in; a code of 12 characters from the 31 without look-alikes, here derived from the
-- enrolment id so that it is unique). Run by the harness after generate.sql when the table learning_certificate
-- exists, in the same transaction.
insert into learning_certificate (tenant_id, citizen_id, enrolment_id, code, person_name, course_title,
                                  municipality_name, language, issued_at)
select e.tenant_id, e.citizen_id, e.id,
       (select string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', (((e.id * 7919 + 12345) / p.p) % 31)::int + 1, 1), '' order by k)
        from generate_series(0, 11) k cross join lateral (select (31::numeric ^ k)::bigint as p) p),
       u.display_name, v.title, jsonb_build_object('bg', t.name_bg, 'lv', t.name_lv, 'en', t.name_en),
       u.preferred_language, e.completed_at
from learning_enrolment e
join identity_tenant t on t.id = e.tenant_id and t.code = 'bench'
join identity_user u on u.id = e.citizen_id
join learning_course_version v on v.id = e.version_id
where e.completed_at is not null
order by e.id;
