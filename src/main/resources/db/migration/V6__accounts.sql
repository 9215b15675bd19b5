-- Spring Session indexes each session by its principal's name, which for Tend is the
-- member's email: up to 254 characters (account.email), not the 100 of Spring's default
-- schema. A longer email could sign up but never keep a session.
alter table spring_session alter column principal_name set data type varchar(254);
