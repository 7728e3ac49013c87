-- Each user's colour scheme: their system's setting (the default), or always light, or always dark.
alter table app_user add column color_scheme text not null default 'system'
    check (color_scheme in ('system', 'light', 'dark'));
