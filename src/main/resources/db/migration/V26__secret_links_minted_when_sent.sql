-- mail ------------------------------------------------------------------------------------------
-- A mail's secret links (unsubscribe, answer an introduction) are minted when it is sent, so the
-- outbox row holds placeholders, never a working link: one "issuer subject" line a link, naming
-- what the sender asks for a fresh secret (decision 0025). Empty for mail without such links.
alter table mail_outbox add column secret_links varchar(1000) default '' not null;

-- introductions ---------------------------------------------------------------------------------
-- The SHA-256 of each secret link minted for a side of an introduction: a mail retried after a
-- failed attempt gets new secrets, and a copy an earlier attempt delivered keeps working, so a
-- side may have several. purpose: answer | unsubscribe.
create table introduction_link (
    hash            varchar(64) primary key,
    introduction_id uuid        not null,
    side            smallint    not null,
    purpose         varchar(12) not null,
    created_at      timestamp with time zone not null,
    foreign key (introduction_id, side) references introduction_side (introduction_id, side) on delete cascade
);
create index introduction_link_side_ix on introduction_link (introduction_id, side);

-- the links of requests sent before this migration keep working
insert into introduction_link (hash, introduction_id, side, purpose, created_at)
select answer_hash, introduction_id, side, 'answer', current_timestamp from introduction_side;
insert into introduction_link (hash, introduction_id, side, purpose, created_at)
select unsubscribe_hash, introduction_id, side, 'unsubscribe', current_timestamp from introduction_side;

drop index introduction_side_answer_uk;
drop index introduction_side_unsubscribe_uk;
alter table introduction_side drop column answer_hash;
alter table introduction_side drop column unsubscribe_hash;
