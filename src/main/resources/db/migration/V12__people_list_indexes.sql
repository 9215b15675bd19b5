-- The people list reads one page of ids from an index that is already in the order asked
-- for, and only then the 20 rows themselves. For that, each sort (and each sort within a
-- circle) needs an index whose columns are exactly the member, the filter, then the sort;
-- the list's ORDER BY names the member's column first so that H2 also sees the match
-- (PostgreSQL would without it). Person rows are written rarely and read on every page.
drop index person_owner_last_met_ix;
drop index person_owner_due_ix;
drop index person_owner_circle_ix;
create index person_owner_last_met_ix on person (owner_id, last_met_on desc nulls last, sort_name, id);
create index person_owner_due_ix on person (owner_id, due_on asc nulls last, sort_name, id);
create index person_owner_circle_name_ix on person (owner_id, circle, sort_name, id);
create index person_owner_circle_last_met_ix on person (owner_id, circle, last_met_on desc nulls last, sort_name, id);
create index person_owner_circle_due_ix on person (owner_id, circle, due_on asc nulls last, sort_name, id);
