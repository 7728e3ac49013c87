-- "Forgot password?" requests within the last window (an hour by default), to limit how often one
-- e-mail address is mailed and how many requests one client makes. Every request under the limits
-- is counted, whether or not an account has the address, so the limit reveals nothing; requests
-- over a limit are not stored. Rows older than the window are deleted as new requests come.
create table password_reset_request (
    id             bigint generated always as identity primary key,
    email          text        not null check (length(email) <= 254),
    client_address text        not null check (length(client_address) <= 100),
    requested_at   timestamptz not null default now()
);
create index password_reset_request_email on password_reset_request (email, requested_at);
create index password_reset_request_client on password_reset_request (client_address, requested_at);
create index password_reset_request_time on password_reset_request (requested_at);
