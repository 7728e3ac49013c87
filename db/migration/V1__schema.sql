-- The whole account-management domain. Rules that data alone can carry live here as constraints;
-- rules about who may do what live in the service layer.

create extension if not exists pg_trgm;

create table company (
    id              bigint generated always as identity primary key,
    name            text        not null check (length(btrim(name)) between 1 and 200),
    customer_number text        not null check (length(btrim(customer_number)) between 1 and 40),
    tax_id          text        check (length(tax_id) <= 40),
    street          text        not null check (length(street) <= 200),
    postal_code     text        not null check (length(postal_code) <= 20),
    city            text        not null check (length(city) <= 100),
    country_code    text        not null default 'PL' check (country_code ~ '^[A-Z]{2}$'),
    version         integer     not null default 0,
    created_at      timestamptz not null default now()
);
create unique index company_customer_number_key on company (lower(customer_number));
create index company_name_trgm on company using gin (lower(name) gin_trgm_ops);
create index company_tax_id on company (tax_id);
create index company_city on company (lower(city));

-- Kept apart from company so that listing companies never drags image bytes along.
create table company_logo (
    company_id   bigint      primary key references company (id) on delete cascade,
    image        bytea       not null,
    content_type text        not null check (content_type in ('image/png', 'image/jpeg')),
    width        integer     not null check (width > 0),
    height       integer     not null check (height > 0),
    updated_at   timestamptz not null default now()
);

-- The catalogue of external permissions ("Uprawnienia zewnętrzne"); labels come from the
-- translation bundles under permission.<code>.
create table external_permission (
    code     text    primary key check (code ~ '^[A-Z_]+$'),
    position integer not null unique
);
insert into external_permission (code, position) values
    ('MANAGE_USERS', 1),
    ('PLACE_ORDERS', 2),
    ('VIEW_ORDERS', 3),
    ('VIEW_INVOICES', 4),
    ('VIEW_PRICES', 5),
    ('PREPARE_QUOTES', 6);

-- Which permissions a company's administrators may hand out.
create table company_permission (
    company_id      bigint not null references company (id) on delete cascade,
    permission_code text   not null references external_permission (code),
    primary key (company_id, permission_code)
);

create table app_user (
    id                 bigint generated always as identity primary key,
    kind               text        not null check (kind in ('DISTRIBUTOR_USER', 'SERVICE_STAFF')),
    company_id         bigint      references company (id),
    email              text        not null check (length(email) between 3 and 254 and email like '%_@_%'),
    first_name         text        not null check (length(btrim(first_name)) between 1 and 100),
    last_name          text        not null check (length(btrim(last_name)) between 1 and 100),
    phone              text        check (length(phone) <= 40),
    language           text        not null default 'pl' check (language in ('pl', 'en')),
    status             text        not null default 'INVITED' check (status in ('INVITED', 'ACTIVE', 'LOCKED')),
    password_hash      text,
    last_sign_in_at    timestamptz,
    locked_at          timestamptz,
    locked_by          bigint      references app_user (id) on delete set null,
    -- Raised whenever the user's open sessions must end (locked, deleted, password changed);
    -- every node compares it with the value the session started with.
    session_generation integer     not null default 0,
    version            integer     not null default 0,
    created_at         timestamptz not null default now(),
    search_text        text        generated always as (lower(first_name || ' ' || last_name || ' ' || email)) stored,
    check ((kind = 'SERVICE_STAFF') = (company_id is null)),
    check (status <> 'LOCKED' or locked_at is not null),
    unique (id, company_id)
);
create unique index app_user_email_key on app_user (lower(email));
create index app_user_company_name on app_user (company_id, lower(last_name), lower(first_name), id);
create index app_user_company_email on app_user (company_id, lower(email));
create index app_user_company_last_sign_in on app_user (company_id, last_sign_in_at, id);
create index app_user_company_status on app_user (company_id, status);
create index app_user_search_trgm on app_user using gin (search_text gin_trgm_ops);

-- A user can hold only what their company is entitled to: the second foreign key makes the
-- database refuse anything else, and taking an entitlement away takes it from the users too.
create table user_permission (
    user_id         bigint not null,
    company_id      bigint not null,
    permission_code text   not null,
    primary key (user_id, permission_code),
    foreign key (user_id, company_id) references app_user (id, company_id) on delete cascade,
    foreign key (company_id, permission_code) references company_permission (company_id, permission_code) on delete cascade
);
create index user_permission_company on user_permission (company_id, permission_code);

create table delivery_address (
    id           bigint generated always as identity primary key,
    company_id   bigint      not null references company (id) on delete cascade,
    name         text        not null check (length(btrim(name)) between 1 and 200),
    street       text        not null check (length(street) <= 200),
    postal_code  text        not null check (length(postal_code) <= 20),
    city         text        not null check (length(city) <= 100),
    country_code text        not null default 'PL' check (country_code ~ '^[A-Z]{2}$'),
    created_at   timestamptz not null default now()
);
create index delivery_address_company on delivery_address (company_id, id);

create table address_request (
    id                  bigint generated always as identity primary key,
    company_id          bigint      not null references company (id) on delete cascade,
    requested_by        bigint      references app_user (id) on delete set null,
    requester_email     text        not null,
    name                text        not null check (length(btrim(name)) between 1 and 200),
    street              text        not null check (length(street) <= 200),
    postal_code         text        not null check (length(postal_code) <= 20),
    city                text        not null check (length(city) <= 100),
    country_code        text        not null default 'PL' check (country_code ~ '^[A-Z]{2}$'),
    note                text        check (length(note) <= 2000),
    status              text        not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    decision_reason     text        check (length(decision_reason) <= 2000),
    decided_by          bigint      references app_user (id) on delete set null,
    decided_at          timestamptz,
    delivery_address_id bigint      references delivery_address (id) on delete set null,
    created_at          timestamptz not null default now(),
    check ((status = 'OPEN') = (decided_at is null))
);
create index address_request_open on address_request (created_at) where status = 'OPEN';
create index address_request_company on address_request (company_id, created_at desc);

-- Links sent by e-mail (welcome, forgotten password). Only a hash of the token is stored.
create table one_time_token (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    purpose    text        not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    token_hash bytea       not null unique check (length(token_hash) = 32),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    check (expires_at > created_at)
);
create index one_time_token_user on one_time_token (user_id, purpose);

-- Mail is written here in the transaction of the change that causes it and sent afterwards.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    kind            text        not null,
    recipient       text        not null,
    language        text        not null check (language in ('pl', 'en')),
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_created on mail_outbox (created_at desc, id desc);

-- Failed sign-ins per e-mail address and per client address, to slow down and then block
-- guessing. Keyed by the address typed, not by user, so that an unknown address is treated
-- exactly like a known one.
create table sign_in_throttle (
    throttle_key   text        primary key,
    failures       integer     not null default 0,
    window_start   timestamptz not null default now(),
    blocked_until  timestamptz
);

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_id        bigint      references app_user (id) on delete set null,
    actor_label     text        not null,
    -- The company the event concerns; on_behalf marks staff acting for it.
    company_id      bigint      references company (id) on delete cascade,
    on_behalf       boolean     not null default false,
    action          text        not null,
    subject_user_id bigint      references app_user (id) on delete set null,
    subject_label   text,
    before_state    jsonb,
    after_state     jsonb,
    client_address  text
);
create index audit_event_company on audit_event (company_id, occurred_at desc, id desc);
create index audit_event_occurred on audit_event (occurred_at desc, id desc);
create index audit_event_actor on audit_event (actor_id, occurred_at desc);
create index audit_event_subject on audit_event (subject_user_id, occurred_at desc);
