-- ShedLock's lock table: a scheduled job that must run once across several instances
-- (the daily depth decay, the mail outbox) takes its named row here before it runs.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
