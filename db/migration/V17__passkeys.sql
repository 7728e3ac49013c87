-- Passkeys (WebAuthn) for Spring Security's ceremonies. A user's WebAuthn user handle is made at
-- random as their first passkey is registered, so it tells nothing of their id or e-mail address;
-- the passkey learns the account only by its e-mail address as the account's name. Removing a user
-- removes their passkeys.
alter table app_user add column passkey_user_handle text unique check (length(passkey_user_handle) <= 100);

create table passkey (
    id                           bigserial   primary key,
    user_id                      bigint      not null references app_user (id) on delete cascade,
    -- base64url, as the browser names the credential (at most 1023 bytes).
    credential_id                text        not null unique check (length(credential_id) <= 1400),
    -- The user's own name for it, so that they can tell their passkeys apart.
    label                        text        not null check (length(label) between 1 and 100),
    public_key                   bytea       not null,
    signature_count              bigint      not null,
    uv_initialized               boolean     not null,
    backup_eligible              boolean     not null,
    backup_state                 boolean     not null,
    -- Comma-separated, as the authenticator told them ("internal", "hybrid", "usb").
    transports                   text        not null default '',
    credential_type              text        not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created_at                   timestamptz not null,
    last_used_at                 timestamptz
);
create index passkey_user on passkey (user_id, created_at);
