-- "Pair me again" (issue 13): a member's ask to meet the others of a group again, how many
-- extra coffees a community allows pairs who both asked, and what each group was.

-- extra coffees inside the repeat window for a pair who both asked (0 turns it off)
alter table community add column again_limit integer default 2 not null;

-- the member said "I'd like to meet again" about this group's others
alter table community_group_member add column meet_again boolean default false not null;

-- meeting: the highest coffee count among the group's pairs (1 when everyone is new,
-- 2 for a second coffee); again_asked: placed inside the window because both asked
alter table community_group add column meeting integer default 1 not null;
alter table community_group add column again_asked boolean default false not null;

-- the person a member's journal holds for a partner of a recorded coffee, so that the next
-- coffee with the same partner joins the same person, and the person page can say how
-- often they met. person_id points into the member's own journal without a foreign key
-- (the community module reaches the journal only through its facade).
create table community_journal_person (
    community_id uuid not null,
    member_id    uuid not null references account (id) on delete cascade,
    partner_id   uuid not null,
    person_id    uuid not null,
    primary key (community_id, member_id, partner_id)
);

create index community_journal_person_by_person on community_journal_person (member_id, person_id);
