-- mail ------------------------------------------------------------------------------------------
-- The sender claims a batch of due rows in one update and then reads back the rows that carry
-- its claim: of two senders that selected the same rows, each reads only those its own update
-- took. Null for a row never claimed (and for every row claimed before this column existed).
alter table mail_outbox add column claimed_by uuid;
