-- Small groups (issue 13): wishes, seasons, groups of 4 to 8 and their sessions. Nothing
-- here refers to the journal; members are read through the community module's facade.

-- one open wish per member and community; season_id is set when a published season
-- placed the member (an unplaced wish stays open for the next season)
create table group_wish (
    community_id uuid          not null references community (id) on delete cascade,
    member_id    uuid          not null references account (id) on delete cascade,
    topics       varchar(2000) not null,
    mode         varchar(12)   not null,
    city         varchar(100),
    size_min     integer       not null,
    size_max     integer       not null,
    season_id    uuid,
    created_at   timestamp with time zone not null,
    primary key (community_id, member_id)
);

-- a season runs until a day after its last session; a community publishes one at a time
create table group_season (
    id           uuid primary key,
    community_id uuid not null references community (id) on delete cascade,
    published_at timestamp with time zone not null,
    ends_at      timestamp with time zone not null
);

create index group_season_by_community on group_season (community_id, ends_at);

-- venue: 'city:<folded city>' or 'virtual'; reasons newline-separated
create table small_group (
    id           uuid primary key,
    season_id    uuid          not null references group_season (id) on delete cascade,
    community_id uuid          not null,
    topic        varchar(50)   not null,
    mode         varchar(12)   not null,
    city         varchar(100),
    reasons      varchar(4000) not null
);

create table small_group_member (
    group_id     uuid         not null references small_group (id) on delete cascade,
    member_id    uuid         not null references account (id) on delete cascade,
    display_name varchar(200) not null,
    primary key (group_id, member_id)
);

create index small_group_member_by_member on small_group_member (member_id);

create table group_session (
    id        uuid    primary key,
    group_id  uuid    not null references small_group (id) on delete cascade,
    number    integer not null,
    starts_at timestamp with time zone not null
);

create index group_session_by_group on group_session (group_id, number);

-- a member's own attendance of a session, and whether they copied it into their journal
create table group_attendance (
    session_id uuid    not null references group_session (id) on delete cascade,
    member_id  uuid    not null references account (id) on delete cascade,
    attended   boolean not null,
    recorded   boolean not null,
    primary key (session_id, member_id)
);
