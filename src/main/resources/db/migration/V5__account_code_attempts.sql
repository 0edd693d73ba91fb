-- Wrong link codes typed per citizen, to stop guessing (shared by all nodes)
create table account_code_attempt (
    citizen_id     bigint      primary key,
    failures       integer     not null,
    window_start   timestamptz not null
);
