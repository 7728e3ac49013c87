-- Signed-in sessions, so that every node can list them and end them. The HTTP session keeps only its
-- row's id; nothing here lets anyone sign in (the servlet session id is never stored). A row whose
-- ended_at is set ends its HTTP session at that session's next request, on whichever node it lives.
create table user_session (
    id                 bigserial   primary key,
    user_id            bigint      not null references app_user (id) on delete cascade,
    -- Families as the User-Agent names them ("Firefox", "Windows"); null when it names none.
    browser            text        check (length(browser) <= 100),
    system             text        check (length(system) <= 100),
    client_address     text        check (length(client_address) <= 100),
    -- The user's session generation the session lives in: one from before a lock or a password change
    -- is over, even if its HTTP session never comes back to say so.
    session_generation integer     not null,
    signed_in_at       timestamptz not null,
    -- Noted at most once a minute, and not for Vaadin's heartbeat.
    last_active_at     timestamptz not null,
    ended_at           timestamptz
);
create index user_session_user on user_session (user_id, last_active_at desc);
create index user_session_last_active on user_session (last_active_at);
