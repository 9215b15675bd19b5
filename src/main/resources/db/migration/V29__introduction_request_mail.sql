-- mail ------------------------------------------------------------------------------------------
-- Whether the member wants a mail when another member asks them for an introduction, a kind of
-- mail they can switch off like the weekly nudge and promise reminders (the request itself is
-- stored and shown on their requests page either way). Every member had these mails so far, so
-- every existing row keeps them; a member without a row has the defaults, which include them.
alter table mail_preference add column introduction_requests boolean default true not null;
