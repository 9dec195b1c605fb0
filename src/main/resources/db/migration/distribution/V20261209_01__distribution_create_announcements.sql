-- Announcements of the network's and the funds' events. The key makes each event announced at most once
-- (a second attempt finds the row); the versions are what readers get in each language; the batches are
-- what went out, one for the newsletter's readers and one for the Telegram channel.
create table announcement (
    id                  uuid primary key,
    key                 text        not null unique check (length(key) between 1 and 200),
    kind                text        not null,
    title               text        not null check (length(title) between 1 and 300),
    channels            text[]      not null default '{}',
    newsletter_batch_id uuid references delivery_batch (id) on delete set null deferrable,
    telegram_batch_id   uuid references delivery_batch (id) on delete set null deferrable,
    created_at          timestamptz not null default now()
);

create index announcement_created_at_idx on announcement (created_at desc);

create table announcement_version (
    announcement_id uuid not null references announcement (id) on delete cascade deferrable,
    language        text not null check (language ~ '^[a-z]{2,3}$'),
    title           text not null,
    text            text not null,
    path            text not null check (path like '/%'),
    primary key (announcement_id, language)
);

-- Which kinds editors let go to which channel. No row: the default (the channel yes, e-mail no).
create table announcement_setting (
    kind       text        not null,
    channel    text        not null check (channel in ('newsletter', 'telegram')),
    enabled    boolean     not null,
    updated_by uuid references app_user (id) on delete set null deferrable,
    updated_at timestamptz not null default now(),
    primary key (kind, channel)
);
