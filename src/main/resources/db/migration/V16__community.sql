-- Communities (issue 14): members paired for one-on-one coffees, round after round.
-- Nothing here refers to the journal: a community sees only what members write into
-- their profile, and a met coffee reaches the journal through the journal's own facades.

-- cadence: 'weekly', 'fortnightly' or 'monthly'; a round opens on open_day (1 = Monday)
-- at open_minute (minutes after midnight) in zone. invite_code is shown to organizers
-- again and again (it is a join code, not a secret guarding data), so it is kept as is.
create table community (
    id                uuid primary key,
    name              varchar(100)  not null,
    description       varchar(2000),
    cadence           varchar(12)   not null,
    open_day          integer       not null,
    open_minute       integer       not null,
    zone              varchar(64)   not null,
    repeat_window     integer       not null,
    approval_required boolean       not null,
    invite_code       varchar(40)   not null unique,
    created_at        timestamp with time zone not null
);

-- one row per member of a community, with the profile written for it (lists are
-- newline-separated). role: 'organizer' or 'member'; status: 'active' or 'pending'
-- (waiting for an organizer's approval). skip_next is cleared when a round is published.
-- display_name is the account's name, copied at joining and on every profile save: the
-- member list reads no table of the accounts module.
create table community_member (
    community_id uuid         not null references community (id) on delete cascade,
    member_id    uuid         not null references account (id) on delete cascade,
    role         varchar(12)  not null,
    status       varchar(12)  not null,
    display_name varchar(200) not null,
    joined_at    timestamp with time zone not null,
    headline     varchar(200),
    topics       varchar(2000),
    project      varchar(500),
    asks         varchar(2000),
    offers       varchar(2000),
    city         varchar(100),
    zone         varchar(64)  not null,
    mode         varchar(12)  not null,
    opt_in       boolean      not null,
    skip_next    boolean      not null,
    paused_until date,
    primary key (community_id, member_id)
);

create index community_member_by_member on community_member (member_id);

-- a member's private "don't pair me with" list: read only for that member and the planner
create table community_avoid (
    community_id uuid not null,
    member_id    uuid not null,
    avoided_id   uuid not null,
    primary key (community_id, member_id, avoided_id),
    foreign key (community_id, member_id) references community_member (community_id, member_id) on delete cascade
);

-- period_start: the first day of the cadence period the round belongs to (one round a
-- period); active: the community's members then, eligible: those of them who took part
create table community_round (
    id            uuid primary key,
    community_id  uuid    not null references community (id) on delete cascade,
    number        integer not null,
    period_start  date    not null,
    opens_at      timestamp with time zone not null,
    published_at  timestamp with time zone not null,
    active        integer not null,
    eligible      integer not null,
    unique (community_id, period_start)
);

-- a pair (or the trio) of a round: repeated when two of its members were paired before
create table community_group (
    id           uuid primary key,
    round_id     uuid          not null references community_round (id) on delete cascade,
    community_id uuid          not null,
    score        integer       not null,
    reasons      varchar(4000) not null,
    suggested_at timestamp with time zone not null,
    repeated     boolean       not null
);

create index community_group_by_round on community_group (round_id);

-- a member's place in a group, with their private answer to "did you meet?".
-- display_name keeps the name the others were introduced to, should they leave.
create table community_group_member (
    group_id     uuid         not null references community_group (id) on delete cascade,
    member_id    uuid         not null references account (id) on delete cascade,
    community_id uuid         not null,
    display_name varchar(200) not null,
    outcome      varchar(12),
    rating       integer,
    note         varchar(1000),
    answered_at  timestamp with time zone,
    recorded     boolean      not null,
    primary key (group_id, member_id)
);

create index community_group_member_by_member on community_group_member (member_id, community_id);

-- members a round's rules left out, with the reason they were told; they come first next time
create table community_left_out (
    round_id  uuid         not null references community_round (id) on delete cascade,
    member_id uuid         not null references account (id) on delete cascade,
    reason    varchar(500) not null,
    primary key (round_id, member_id)
);
