-- "Introduced by": the person (of the same journal) who introduced the member to this person.
-- The owner is checked by the people module before a link is written; a deleted introducer
-- leaves the person with no one named.
alter table person add column introduced_by uuid;
alter table person add constraint person_introduced_by_fk foreign key (introduced_by) references person (id)
    on delete set null;
create index person_introduced_by_ix on person (introduced_by);
