-- introductions ---------------------------------------------------------------------------------
-- A double opt-in introduction: the member asks two people of their journal (a and b) whether
-- they would like to be introduced; only when both said yes does Tend introduce them.
-- status: asked -> accepted | declined | expired. pending_pair holds "<smaller id>:<larger id>"
-- while the introduction is asked and null afterwards: the unique index makes "the same pair asked
-- twice while one is pending" impossible even for two requests at once (several nulls are allowed
-- by both H2 and PostgreSQL).
create table introduction (
    id           uuid primary key,
    owner_id     uuid          not null references account (id) on delete cascade,
    person_a     uuid          not null references person (id) on delete cascade,
    person_b     uuid          not null references person (id) on delete cascade,
    message      varchar(2000) not null,
    status       varchar(10)   not null,
    pending_pair varchar(80),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    decided_at   timestamp with time zone
);
create unique index introduction_pending_pair_uk on introduction (owner_id, pending_pair);
create index introduction_owner_ix on introduction (owner_id, created_at);
create index introduction_person_a_ix on introduction (person_a);
create index introduction_person_b_ix on introduction (person_b);
create index introduction_expiry_ix on introduction (status, expires_at);

-- Each side of an introduction: whom it asks (the address the request went to), the member's
-- reason for that side, the answer, and the SHA-256 of the side's two secrets (the answer link,
-- single-use; the unsubscribe link). The secrets themselves are only ever in the mail.
create table introduction_side (
    introduction_id  uuid          not null references introduction (id) on delete cascade,
    side             smallint      not null,
    person_id        uuid          not null references person (id) on delete cascade,
    email            varchar(254)  not null,
    reason           varchar(1000) not null,
    answer           varchar(10)   not null,
    answered_at      timestamp with time zone,
    answer_hash      varchar(64)   not null,
    unsubscribe_hash varchar(64)   not null,
    primary key (introduction_id, side)
);
create unique index introduction_side_answer_uk on introduction_side (answer_hash);
create unique index introduction_side_unsubscribe_uk on introduction_side (unsubscribe_hash);
create index introduction_side_person_ix on introduction_side (person_id);

-- Addresses that asked for no more introduction requests, from any member of this instance:
-- only the SHA-256 of the trimmed, lower-cased address.
create table introduction_opt_out (
    address_hash varchar(64) primary key,
    created_at   timestamp with time zone not null
);
