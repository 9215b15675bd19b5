-- depth: each person's score, recomputed by the depth module on change and daily.

-- The people list sorts by depth without knowing the depth module: the depth module
-- writes the score through PeopleService.recordDepths into this column the people module owns.
alter table person add column depth numeric(4, 1);
create index person_owner_depth_ix on person (owner_id, depth);

-- The depth module's own table: the score with its components (JSON, in model order).
create table depth_score (
    person_id     uuid primary key references person (id) on delete cascade,
    owner_id      uuid not null references account (id) on delete cascade,
    score         numeric(4, 1) not null,
    model_version varchar(10)   not null,
    components    varchar(4000) not null,
    computed_at   timestamp with time zone not null
);
create index depth_score_owner_ix on depth_score (owner_id, score);
