-- interchange: import previews waiting to be applied, and private calendar feeds.

-- The uploaded file is kept (not a parsed copy) so that apply parses it again against the
-- journal as it is then; a preview is only good for a day.
create table import_preview (
    id         uuid primary key,
    owner_id   uuid not null references account (id) on delete cascade,
    format     varchar(12) not null,
    content    bytea       not null,
    summary    text        not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index import_preview_owner_ix on import_preview (owner_id, expires_at);

-- One feed per member; only a SHA-256 of its secret token is stored.
create table calendar_feed (
    owner_id   uuid primary key references account (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null
);
create unique index calendar_feed_token_uk on calendar_feed (token_hash);
