-- Second factor: an authenticator app (TOTP) per user, with single-use recovery codes, and a
-- company's choice to require a second factor of all its users (staff always need one).

-- The app's shared secret is stored encrypted (AES-GCM, with the key from
-- extranet.second-factor.encryption-key), never in clear. confirmed_at is null while enrolment
-- waits for the first code; last_used_step is the latest 30-second time step whose code was
-- accepted, so that no code (nor an earlier one) is accepted twice.
create table authenticator_app (
    user_id          bigint      primary key references app_user (id) on delete cascade,
    encrypted_secret bytea       not null,
    created_at       timestamptz not null,
    confirmed_at     timestamptz,
    last_used_step   bigint      not null default 0
);

-- Recovery codes are random (about 80 bits) and shown once: only their SHA-256 is kept.
create table recovery_code (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references app_user (id) on delete cascade,
    code_hash bytea       not null check (length(code_hash) = 32),
    used_at   timestamptz,
    unique (user_id, code_hash)
);

alter table company add column second_factor_required boolean not null default false;
