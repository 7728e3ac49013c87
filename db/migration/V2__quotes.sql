-- Quotes that a distributor prepares for its own (end) customers, with its logo in the header.
-- A quote is a document: once issued it does not change, so its amounts are stored as computed
-- and the constraints below re-check the arithmetic.

-- The last number issued per company and year; taking the next one locks only that row.
create table quote_counter (
    company_id  bigint  not null references company (id) on delete cascade,
    year        integer not null check (year between 2000 and 9999),
    last_number integer not null check (last_number > 0),
    primary key (company_id, year)
);

create table quote (
    id                   bigint generated always as identity primary key,
    company_id           bigint        not null references company (id) on delete cascade,
    number               text          not null check (number ~ '^Q-[0-9]{4}-[0-9]{4,}$'),
    customer_name        text          not null check (length(btrim(customer_name)) between 1 and 200),
    customer_street      text          not null check (length(btrim(customer_street)) between 1 and 200),
    customer_postal_code text          not null check (length(btrim(customer_postal_code)) between 1 and 20),
    customer_city        text          not null check (length(btrim(customer_city)) between 1 and 100),
    net_total            numeric(18, 2) not null check (net_total >= 0),
    vat_total            numeric(18, 2) not null check (vat_total >= 0),
    gross_total          numeric(18, 2) not null check (gross_total = net_total + vat_total),
    created_by           bigint        references app_user (id) on delete set null,
    -- The preparer's name as it was, printed on the quote even after the account is gone.
    created_by_name      text          not null,
    created_at           timestamptz   not null default now(),
    unique (company_id, number)
);
create index quote_company_created on quote (company_id, created_at desc, id desc);

create table quote_line (
    quote_id       bigint        not null references quote (id) on delete cascade,
    position       integer       not null check (position > 0),
    product_name   text          not null check (length(btrim(product_name)) between 1 and 200),
    quantity       numeric(12, 3) not null check (quantity > 0),
    unit_net_price numeric(12, 2) not null check (unit_net_price >= 0),
    vat_rate       integer       not null check (vat_rate in (23, 8, 5, 0)),
    -- PostgreSQL's round() rounds halves away from zero, which for these non-negative amounts is
    -- the HALF_UP the service computes with.
    net_amount     numeric(18, 2) not null check (net_amount = round(quantity * unit_net_price, 2)),
    vat_amount     numeric(18, 2) not null check (vat_amount = round(net_amount * vat_rate / 100, 2)),
    primary key (quote_id, position)
);
