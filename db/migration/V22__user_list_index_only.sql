-- The admin panel's list at a large distributor (100,000 users in one company): PostgreSQL can
-- answer from an index alone only when the index holds plain columns, not lower(...) expressions.
-- So the name order gets stored lower-case columns, and the index carries the search text too:
-- a deep page or a contains-search walks the index in the list's order without visiting a
-- single row, and stops at the page's last line. (Selective searches, an e-mail's part say,
-- keep the trigram index.)
alter table app_user
    add column last_name_sort  text generated always as (lower(last_name)) stored,
    add column first_name_sort text generated always as (lower(first_name)) stored;
drop index app_user_company_name;
create index app_user_company_name on app_user (company_id, last_name_sort, first_name_sort, id) include (search_text);
