-- Asking a community member for an introduction (issue 11): the asker writes what they look
-- for; the member asked (the introducer) declines, or starts a double opt-in introduction from
-- their own journal. Nothing of anyone's journal is stored here: only the two accounts, the
-- community, the asker's words, the names both show in that community (copied when asking, as
-- community_member does), and, once introduced, the introduction the introducer started.
-- status: pending -> not_now | introduced.
create table introduction_request (
    id              uuid primary key,
    community_id    uuid          not null references community (id) on delete cascade,
    asker_id        uuid          not null references account (id) on delete cascade,
    asker_name      varchar(200)  not null,
    introducer_id   uuid          not null references account (id) on delete cascade,
    introducer_name varchar(200)  not null,
    text            varchar(1000) not null,
    status          varchar(12)   not null,
    introduction_id uuid references introduction (id) on delete set null,
    created_at      timestamp with time zone not null,
    answered_at     timestamp with time zone
);
create index introduction_request_asker_ix on introduction_request (asker_id, created_at);
create index introduction_request_introducer_ix on introduction_request (introducer_id, created_at);

-- A member's limits on incoming requests: paused, and at most monthly_cap a calendar month
-- (null: no cap). No row: open, no cap.
create table introduction_request_limits (
    member_id   uuid primary key references account (id) on delete cascade,
    paused      boolean not null,
    monthly_cap integer
);

-- The follow-up promise an accepted introduction made ("Ask A and B whether it helped"): the
-- insights count an introduction as helped when that promise was kept (decision 0028).
alter table introduction add column follow_up_promise_id uuid;
