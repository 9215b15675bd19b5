-- Tend's first schema. One script for H2 (PostgreSQL mode) and PostgreSQL: only types and
-- syntax both understand. Every table holding member data carries owner_id so each query can
-- be scoped by owner in SQL itself.

-- accounts ---------------------------------------------------------------------------------
create table account (
    id            uuid primary key,
    email         varchar(254) not null,
    password_hash varchar(200) not null,
    display_name  varchar(100) not null,
    time_zone     varchar(64)  not null default 'UTC',
    demo          boolean      not null default false,
    created_at    timestamp with time zone not null
);
create unique index account_email_uk on account (email);

create table access_token (
    id           uuid primary key,
    account_id   uuid not null references account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index access_token_hash_uk on access_token (token_hash);
create index access_token_account_ix on access_token (account_id);

create table invitation (
    id         uuid primary key,
    created_by uuid not null references account (id) on delete cascade,
    code_hash  varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    used_by    uuid references account (id) on delete set null
);
create unique index invitation_code_uk on invitation (code_hash);

-- people -----------------------------------------------------------------------------------
create table person (
    id           uuid primary key,
    owner_id     uuid not null references account (id) on delete cascade,
    name         varchar(200) not null,
    sort_name    varchar(200) not null,
    company      varchar(200),
    role         varchar(200),
    city         varchar(100),
    circle       varchar(10),
    cadence_days integer,
    how_we_met   varchar(2000),
    met_on       date,
    last_met_on  date,
    due_on       date,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index person_owner_name_ix on person (owner_id, sort_name, id);
create index person_owner_last_met_ix on person (owner_id, last_met_on);
create index person_owner_due_ix on person (owner_id, due_on);
create index person_owner_circle_ix on person (owner_id, circle);

-- emails, phones and links of a person, in the order the member gave them
create table person_detail (
    person_id uuid not null references person (id) on delete cascade,
    owner_id  uuid not null,
    kind      varchar(10)  not null,
    position  integer      not null,
    detail    varchar(500) not null,
    primary key (person_id, kind, position)
);
create index person_detail_lookup_ix on person_detail (owner_id, kind, detail);

create table person_tag (
    person_id uuid not null references person (id) on delete cascade,
    owner_id  uuid not null,
    tag       varchar(50) not null,
    primary key (person_id, tag)
);
create index person_tag_owner_ix on person_tag (owner_id, tag);

create table listening_note (
    id         uuid primary key,
    owner_id   uuid not null,
    person_id  uuid not null references person (id) on delete cascade,
    kind       varchar(12)   not null,
    body       varchar(4000) not null,
    noted_on   date          not null,
    created_at timestamp with time zone not null
);
create index listening_note_person_ix on listening_note (person_id, noted_on);

-- meetings ---------------------------------------------------------------------------------
create table meeting (
    id               uuid primary key,
    owner_id         uuid not null references account (id) on delete cascade,
    kind             varchar(12) not null,
    mode             varchar(10) not null,
    starts_at        timestamp with time zone not null,
    duration_minutes integer,
    place            varchar(200),
    status           varchar(10) not null,
    prep             varchar(4000),
    learned          varchar(4000),
    shared           varchar(4000),
    advice_offered   varchar(4000),
    help_asked       varchar(4000),
    next_step        varchar(4000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index meeting_owner_starts_ix on meeting (owner_id, starts_at);
create index meeting_owner_status_ix on meeting (owner_id, status, starts_at);

create table meeting_person (
    meeting_id uuid not null references meeting (id) on delete cascade,
    person_id  uuid not null references person (id) on delete cascade,
    owner_id   uuid not null,
    primary key (meeting_id, person_id)
);
create index meeting_person_person_ix on meeting_person (person_id, meeting_id);

-- ledger: exchanges and promises -------------------------------------------------------------
create table exchange (
    id          uuid primary key,
    owner_id    uuid not null references account (id) on delete cascade,
    person_id   uuid not null references person (id) on delete cascade,
    direction   varchar(10)   not null,
    kind        varchar(14)   not null,
    description varchar(2000) not null,
    happened_on date          not null,
    meeting_id  uuid references meeting (id) on delete set null,
    created_at  timestamp with time zone not null
);
create index exchange_owner_on_ix on exchange (owner_id, happened_on);
create index exchange_person_ix on exchange (person_id, happened_on);

create table promise (
    id         uuid primary key,
    owner_id   uuid not null references account (id) on delete cascade,
    person_id  uuid not null references person (id) on delete cascade,
    owed_by    varchar(4)    not null,
    body       varchar(1000) not null,
    due_on     date,
    status     varchar(8)    not null,
    meeting_id uuid references meeting (id) on delete set null,
    created_at timestamp with time zone not null,
    closed_at  timestamp with time zone
);
create index promise_owner_status_ix on promise (owner_id, status, due_on);
create index promise_person_ix on promise (person_id);

-- search: a per-member word index, fed by the modules that own the text ----------------------
create table search_document (
    id        uuid primary key,
    owner_id  uuid not null references account (id) on delete cascade,
    source    varchar(12)   not null,
    source_id uuid          not null,
    person_id uuid          not null,
    body      varchar(8000) not null
);
create index search_document_source_ix on search_document (owner_id, source, source_id);
create index search_document_person_ix on search_document (owner_id, person_id);

create table search_token (
    document_id uuid not null references search_document (id) on delete cascade,
    owner_id    uuid not null,
    token       varchar(64) not null,
    primary key (document_id, token)
);
create index search_token_lookup_ix on search_token (owner_id, token, document_id);
