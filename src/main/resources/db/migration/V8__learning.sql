-- Learning: courses of short lessons and a quiz, in versions; who is taking which course and how far they got.
--
-- Texts are jsonb objects with one entry per language, e.g. {"bg": "…", "lv": "…", "en": "…"}; English is always
-- there (the fallback), other languages may be missing. A page reads coalesce(text->>'lv', text->>'en').

-- A course keeps its slug for ever; its content lives in versions. tenant_id null: starter content from the course
-- files, shared by every municipality; a municipality's own course (authoring) has its tenant_id.
create table learning_course (
    id                  bigserial primary key,
    tenant_id           bigint,
    slug                varchar(80)  not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category            varchar(20)  not null check (category in ('DIGITAL', 'MONEY')),
    position            integer      not null,
    source              varchar(20)  not null check (source in ('FILE', 'AUTHORED')),
    -- the published version new learners get; null while a course only has drafts
    current_version_id  bigint,
    created_at          timestamptz  not null,
    unique nulls not distinct (tenant_id, slug)
);

-- One version of a course's content. Never changed once published: a learner's enrolment points at the version
-- they started, so a new version (a changed file, an edit) leaves them a consistent course.
create table learning_course_version (
    id            bigserial primary key,
    course_id     bigint       not null references learning_course (id),
    number        integer      not null,
    status        varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    -- SHA-256 of the course file's content (files) or of the authored content: unchanged content, no new version
    content_hash  varchar(64)  not null,
    title         jsonb        not null check (title ? 'en'),
    summary       jsonb        not null check (summary ? 'en'),
    minutes       integer      not null check (minutes > 0),
    pass_percent  integer      not null check (pass_percent between 1 and 100),
    created_at    timestamptz  not null,
    created_by    bigint,
    published_at  timestamptz,
    unique (course_id, number)
);
alter table learning_course add constraint learning_course_current_version_fk
    foreign key (current_version_id) references learning_course_version (id);

create table learning_lesson (
    id                bigserial primary key,
    version_id        bigint        not null references learning_course_version (id),
    slug              varchar(80)   not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position          integer       not null,
    title             jsonb         not null check (title ? 'en'),
    body              jsonb         not null check (body ? 'en'),  -- Markdown
    image_src         varchar(300),
    image_alt         jsonb,
    video_url         varchar(500),
    video_transcript  jsonb,
    unique (version_id, slug),
    unique (version_id, position),
    check ((image_src is null) = (image_alt is null)),
    check (video_url is null or video_transcript is not null)
);

create table learning_question (
    id          bigserial primary key,
    version_id  bigint   not null references learning_course_version (id),
    position    integer  not null,
    multiple    boolean  not null,
    text        jsonb    not null check (text ? 'en'),
    unique (version_id, position)
);

create table learning_answer (
    id           bigserial primary key,
    question_id  bigint   not null references learning_question (id),
    position     integer  not null,
    correct      boolean  not null,
    text         jsonb    not null check (text ? 'en'),
    feedback     jsonb    not null check (feedback ? 'en'),
    unique (question_id, position)
);

-- A citizen taking a course: one per citizen and course, pinned to the version they started.
create table learning_enrolment (
    id                bigserial primary key,
    tenant_id         bigint       not null,
    citizen_id        bigint       not null,
    course_id         bigint       not null references learning_course (id),
    version_id        bigint       not null references learning_course_version (id),
    started_at        timestamptz  not null,
    last_activity_at  timestamptz  not null,
    -- every lesson done and the quiz passed
    completed_at      timestamptz,
    unique (citizen_id, course_id)
);
create index learning_enrolment_tenant_course_idx on learning_enrolment (tenant_id, course_id, started_at);

create table learning_lesson_done (
    enrolment_id  bigint       not null references learning_enrolment (id) on delete cascade,
    lesson_id     bigint       not null references learning_lesson (id),
    done_at       timestamptz  not null,
    primary key (enrolment_id, lesson_id)
);

create table learning_quiz_attempt (
    id            bigserial primary key,
    enrolment_id  bigint       not null references learning_enrolment (id) on delete cascade,
    submitted_at  timestamptz  not null,
    score         integer      not null,
    out_of        integer      not null,
    passed        boolean      not null
);
create index learning_quiz_attempt_enrolment_idx on learning_quiz_attempt (enrolment_id, id desc);

-- The answers ticked in an attempt, for the feedback on the result page
create table learning_quiz_choice (
    attempt_id  bigint  not null references learning_quiz_attempt (id) on delete cascade,
    answer_id   bigint  not null references learning_answer (id),
    primary key (attempt_id, answer_id)
);
