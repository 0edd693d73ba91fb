-- CSV files provider staff uploaded in the browser, parsed, kept between the preview and the commit. Only the
-- person who uploaded may see or commit one; they expire after a day and are deleted on the next upload.
create table account_upload (
    id            uuid         primary key,
    provider_id   bigint       not null references account_provider (id) on delete cascade,
    user_id       bigint       not null,
    dataset       varchar(20)  not null,
    file_name     varchar(255) not null,
    decimal_comma boolean      not null,
    row_count     integer      not null,
    rows          jsonb        not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    committed_at  timestamptz
);
create index account_upload_expires_idx on account_upload (expires_at);

-- Active keys of a provider, listed on its keys page
create index account_api_key_provider_idx on account_api_key (provider_id);

-- The link status feed of the provider API reads all links of a provider, revoked ones too
create index account_link_provider_idx on account_link (provider_id, reference);
