-- A search ranks people by the query words their entries hold. With the person on each
-- token row, the ranking reads only the (owner, token, person, document) index: no
-- document row is touched until the few shown are read for their snippets.
alter table search_token add column person_id uuid;
update search_token set person_id = (select d.person_id from search_document d where d.id = search_token.document_id);
alter table search_token alter column person_id set not null;
drop index search_token_lookup_ix;
create index search_token_lookup_ix on search_token (owner_id, token, person_id, document_id);
