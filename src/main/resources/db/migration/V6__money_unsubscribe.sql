-- Stopping reminder emails from a link in the email, without signing in (and RFC 8058 one-click from the mail
-- client). Every reminder or alert email gets its own random token; only its SHA-256 hash is kept, with whose
-- emails it stops. The link carries nothing about the person.
create table money_unsubscribe (
    token_hash  varchar(64) primary key,
    tenant_id   bigint      not null,
    citizen_id  bigint      not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index money_unsubscribe_expires_idx on money_unsubscribe (expires_at);
create index money_unsubscribe_citizen_idx on money_unsubscribe (citizen_id);

-- notification: the one-click unsubscribe address of an email (List-Unsubscribe / List-Unsubscribe-Post headers);
-- cleared with the body once the email is sent
alter table notification_email add column list_unsubscribe varchar(500);
