-- One batch per publication event (a newsletter going out, an article posted to the channel,
-- confirmation mails); one delivery per message to one recipient. The delivery row is the record
-- users see; the job that carries it out lives in scheduled_tasks under the delivery's id.
create table delivery_batch (
    id         uuid primary key,
    kind       text        not null check (kind in ('newsletter', 'telegram', 'mail')),
    title      text        not null check (length(title) between 1 and 300),
    created_by uuid        references app_user (id) deferrable,
    created_at timestamptz not null default now()
);

create index delivery_batch_created_at_idx on delivery_batch (created_at desc);

create table delivery (
    id         uuid primary key,
    batch_id   uuid        not null references delivery_batch (id) on delete cascade deferrable,
    channel    text        not null,
    recipient  text        not null check (length(recipient) between 1 and 320),
    payload    jsonb       not null,
    state      text        not null default 'queued'
        check (state in ('queued', 'sending', 'sent', 'failed')),
    attempts   int         not null default 0,
    last_error text,
    next_attempt_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    sent_at    timestamptz
);

create index delivery_batch_state_idx on delivery (batch_id, state);
