-- Newsletter readers. Nothing is sent to a pending reader but the confirmation mail. The confirmation
-- token is kept only as a SHA-256 hash; the manage token is kept as is, because every newsletter carries
-- it in its unsubscribe and manage links (it grants nothing but this one reader's settings).
-- Deleting a reader removes the row: no address is kept.
create table newsletter_subscriber (
    id                 uuid primary key,
    email              text        not null check (length(email) between 3 and 254),
    language           text        not null check (language ~ '^[a-z]{2,3}$'),
    countries          text[]      not null default '{}',
    state              text        not null default 'pending'
        check (state in ('pending', 'confirmed', 'unsubscribed')),
    manage_token       text        not null unique,
    confirm_token_hash text unique,
    last_mail_at       timestamptz,
    created_at         timestamptz not null default now(),
    confirmed_at       timestamptz,
    updated_at         timestamptz not null default now()
);

create unique index newsletter_subscriber_email_idx on newsletter_subscriber (lower(email));
create index newsletter_subscriber_confirmed_idx on newsletter_subscriber (language) where state = 'confirmed';

-- What an editor chose to send (an edition or some articles), rendered once per language; sending it
-- starts one delivery batch and can happen only once.
create table newsletter_issue (
    id               uuid primary key,
    title            text        not null check (length(title) between 1 and 300),
    edition_language text,
    edition_number   int,
    article_ids      uuid[]      not null default '{}',
    countries        text[]      not null default '{}',
    default_language text        not null,
    created_by       uuid references app_user (id) deferrable,
    created_at       timestamptz not null default now(),
    batch_id         uuid references delivery_batch (id) deferrable,
    sent_at          timestamptz
);

create index newsletter_issue_created_at_idx on newsletter_issue (created_at desc);

create table newsletter_issue_version (
    issue_id uuid not null references newsletter_issue (id) on delete cascade deferrable,
    language text not null,
    subject  text not null,
    html     text not null,
    text     text not null,
    primary key (issue_id, language)
);
