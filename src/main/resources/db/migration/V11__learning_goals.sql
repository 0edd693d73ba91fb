-- Learning: a citizen's own goal of lessons per week. No row: no goal. Progress and streaks are not stored: they
-- are counted from learning_lesson_done when a page needs them, so they can never disagree with what was done.
create table learning_goal (
    citizen_id        bigint       primary key,
    tenant_id         bigint       not null,
    lessons_per_week  integer      not null check (lessons_per_week between 1 and 7),
    set_at            timestamptz  not null
);

