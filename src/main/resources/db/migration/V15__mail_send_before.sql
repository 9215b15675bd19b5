-- mail ------------------------------------------------------------------------------------------
-- The moment after which a queued mail is no longer true and must not be sent (a weekly nudge
-- after its ISO week, a promise reminder after its due date, in the member's zone). Null: no
-- limit, as for every row queued before this column existed. A row found past its limit is
-- marked 'expired' instead of being sent; it keeps its dedupe_key, like a sent row.
alter table mail_outbox add column send_before timestamp with time zone;
