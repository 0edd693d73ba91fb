-- Transactions arrive from providers in batches of thousands (push API, CSV uploads). The foreign key from
-- account_transaction to account_record checked every inserted row with a query of its own, and locked the
-- account row for it: about a third of the database's work per batch. The same guarantees, set-based, once per
-- statement:
--   * a transaction refers to an account record that exists (checked after each INSERT or UPDATE statement);
--   * deleting account records deletes their transactions (as ON DELETE CASCADE did).
-- Unlike the foreign key, the check does not lock the account rows. The one place that deletes them (a citizen
-- taking a link back, Links.revoke) first takes the provider's lock that every batch holds while it stores
-- (ProviderDataLock), so no batch can add transactions to an account record being deleted.

alter table account_transaction drop constraint account_transaction_record_id_fkey;

create function account_transaction_check_record() returns trigger language plpgsql as $$
begin
  if exists (select 1 from new_rows n where not exists (select 1 from account_record r where r.id = n.record_id)) then
    raise exception 'account_transaction refers to an account_record that does not exist'
      using errcode = 'foreign_key_violation', table = 'account_transaction', column = 'record_id';
  end if;
  return null;
end
$$;

create trigger account_transaction_check_record_on_insert after insert on account_transaction
  referencing new table as new_rows for each statement execute function account_transaction_check_record();

create trigger account_transaction_check_record_on_update after update on account_transaction
  referencing new table as new_rows for each statement execute function account_transaction_check_record();

create function account_record_delete_transactions() returns trigger language plpgsql as $$
begin
  delete from account_transaction t using old_rows o where t.record_id = o.id;
  return null;
end
$$;

create trigger account_record_delete_transactions after delete on account_record
  referencing old table as old_rows for each statement execute function account_record_delete_transactions();

-- An account record's id is what its transactions refer to: it never changes (as the foreign key's NO ACTION
-- on update made sure while transactions referred to it)
create function account_record_keep_id() returns trigger language plpgsql as $$
begin
  raise exception 'account_record.id cannot change' using errcode = 'foreign_key_violation';
end
$$;

create trigger account_record_keep_id before update of id on account_record
  for each row when (old.id is distinct from new.id) execute function account_record_keep_id();
