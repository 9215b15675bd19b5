-- The weekly slow networking challenge: each member's goal and pace, the suggestions they
-- waved away this week, and the optional share card of a meeting.

-- goal: happened meetings per period; pace: 'weekly' or 'fortnightly'. No row: one a week.
create table challenge_settings (
    owner_id   uuid primary key references account (id) on delete cascade,
    goal       integer     not null,
    pace       varchar(12) not null,
    updated_at timestamp with time zone not null
);

-- week is the ISO week in the member's zone ('2026-W48'): a dismissal lasts that week only
create table challenge_dismissal (
    owner_id     uuid       not null references account (id) on delete cascade,
    week         varchar(8) not null,
    person_id    uuid       not null references person (id) on delete cascade,
    dismissed_at timestamp with time zone not null,
    primary key (owner_id, week, person_id)
);

-- photo holds the re-encoded image only (no metadata survives), photo_type its media type
create table share_card (
    meeting_id   uuid primary key references meeting (id) on delete cascade,
    owner_id     uuid          not null references account (id) on delete cascade,
    text         varchar(1000) not null,
    name_agreed  boolean       not null,
    photo        bytea,
    photo_type   varchar(20),
    updated_at   timestamp with time zone not null
);
create index share_card_owner_ix on share_card (owner_id);
