-- The admin panel sorts by last sign-in newest first with those who never signed in last, and
-- breaks ties by id in the same direction; this index serves that order forwards and its
-- reverse (oldest first, never signed in first) backwards, so no sort step is needed.
drop index app_user_company_last_sign_in;
create index app_user_company_last_sign_in on app_user (company_id, last_sign_in_at desc nulls last, id desc);
