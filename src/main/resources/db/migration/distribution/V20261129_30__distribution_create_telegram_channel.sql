-- The Telegram channel: one bot (its token is a secret: never shown back, never logged), the channel
-- each publication language posts to, the articles already posted (so a republished article is not
-- posted again) and the parts of each post already accepted by Telegram (so a retried delivery
-- does not post them twice).
create table telegram_bot (
    id         boolean     primary key default true check (id),
    token      text        not null check (length(token) between 1 and 200),
    updated_by uuid        references app_user (id) on delete set null deferrable,
    updated_at timestamptz not null default now()
);

create table telegram_channel (
    language   text        primary key check (length(language) between 2 and 3),
    chat       text        not null check (length(chat) between 2 and 64),
    updated_at timestamptz not null default now()
);

create table telegram_posted_article (
    article_id  uuid        primary key,
    language    text        not null,
    chat        text        not null,
    delivery_id uuid        not null references delivery (id) on delete cascade deferrable,
    created_at  timestamptz not null default now()
);

create table telegram_posted_part (
    delivery_id uuid        not null references delivery (id) on delete cascade deferrable,
    part        int         not null check (part >= 0),
    message_id  bigint      not null,
    posted_at   timestamptz not null default now(),
    primary key (delivery_id, part)
);
