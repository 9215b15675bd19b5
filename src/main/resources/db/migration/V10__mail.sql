-- mail --------------------------------------------------------------------------------------
-- The outbox: a mail is a row written in the transaction that decided to send it; a job sends
-- it later. dedupe_key makes enqueueing idempotent (one weekly nudge per member and week, one
-- reminder per promise and due date). status: pending -> sending (claimed until lease_until)
-- -> sent, or back to pending with next_attempt_at moved on, or failed after the last attempt.
create table mail_outbox (
    id              uuid primary key,
    owner_id        uuid references account (id) on delete cascade,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    text_body       text          not null,
    html_body       text,
    headers         varchar(2000) not null default '',
    dedupe_key      varchar(200)  not null,
    status          varchar(10)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    lease_until     timestamp with time zone,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create unique index mail_outbox_dedupe_uk on mail_outbox (dedupe_key);
create index mail_outbox_due_ix on mail_outbox (status, next_attempt_at);

-- A member's mail preferences; no row means the defaults (weekly nudge on Monday 08:00 in the
-- member's time zone, promise reminders one day before).
create table mail_preference (
    owner_id             uuid primary key references account (id) on delete cascade,
    weekly_nudge         boolean  not null,
    nudge_day            smallint not null,
    nudge_hour           smallint not null,
    promise_reminders    boolean  not null,
    reminder_days_before smallint not null,
    updated_at           timestamp with time zone not null
);

-- One-click unsubscribe links: only a SHA-256 of each random token, with the member and the
-- kind of mail it switches off.
create table mail_unsubscribe (
    token_hash varchar(64) primary key,
    owner_id   uuid        not null references account (id) on delete cascade,
    kind       varchar(20) not null,
    created_at timestamp with time zone not null
);
create index mail_unsubscribe_owner_ix on mail_unsubscribe (owner_id);
