-- HSDS files uploaded by an administrator, kept between the preview and the commit (so any node serves either
-- step and nothing large travels in the session); removed after a day.
create table directory_hsds_upload (
    id            uuid         primary key,
    tenant_id     bigint       not null,
    user_id       bigint       not null,
    file_name     varchar(255) not null,
    language      varchar(2)   not null,
    content       bytea        not null,
    created_at    timestamptz  not null,
    committed_at  timestamptz
);
create index directory_hsds_upload_created_idx on directory_hsds_upload (created_at);
