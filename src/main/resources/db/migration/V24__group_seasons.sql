-- Small groups after publishing (issue 13): the reminder the day before a session, the
-- "keep going / close" choice after the last one, a shared agenda, and groups members
-- propose themselves (decision 0031).

-- closed_at: the members chose to close the group (no more sessions, no reminders).
-- A proposed group belongs to no organizer's season: season_id stays empty.
alter table small_group add column closed_at timestamp with time zone;
alter table small_group alter column season_id drop not null;

-- a member's answer after the session numbered after_session, the last one then; a group
-- that keeps going gets more sessions, and the next answer is about the new last one
create table group_continuation (
    group_id      uuid        not null references small_group (id) on delete cascade,
    member_id     uuid        not null references account (id) on delete cascade,
    after_session integer     not null,
    choice        varchar(5)  not null,
    primary key (group_id, member_id, after_session)
);

create table group_agenda_item (
    id         uuid primary key,
    group_id   uuid          not null references small_group (id) on delete cascade,
    author_id  uuid          not null references account (id) on delete cascade,
    text       varchar(500)  not null,
    created_at timestamp with time zone not null
);

create index group_agenda_by_group on group_agenda_item (group_id, created_at);

-- a member's own proposal; group_id is set once it became a group (full, or started)
create table group_proposal (
    id            uuid primary key,
    community_id  uuid          not null references community (id) on delete cascade,
    proposer_id   uuid          not null references account (id) on delete cascade,
    topic         varchar(50)   not null,
    mode          varchar(12)   not null,
    city          varchar(100),
    size          integer       not null,
    sessions      integer       not null,
    interval_days integer       not null,
    first_at      timestamp with time zone,
    group_id      uuid references small_group (id) on delete set null,
    created_at    timestamp with time zone not null
);

create index group_proposal_by_community on group_proposal (community_id, created_at);

create table group_proposal_member (
    proposal_id  uuid         not null references group_proposal (id) on delete cascade,
    member_id    uuid         not null references account (id) on delete cascade,
    display_name varchar(200) not null,
    joined_at    timestamp with time zone not null,
    primary key (proposal_id, member_id)
);

create index group_proposal_member_by_member on group_proposal_member (member_id);

-- the reminder job reads the sessions of the coming day
create index group_session_by_start on group_session (starts_at);
