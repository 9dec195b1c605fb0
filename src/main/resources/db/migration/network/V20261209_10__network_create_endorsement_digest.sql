-- Endorsements made public since the last daily digest of their call, waiting to be counted in the next
-- announcement of new endorsements. A row leaves with the digest that counts it, or when the endorsement
-- is withdrawn before. Only the call and the public country are kept: nothing about who signed. Rows are
-- written in the transaction that publishes or withdraws the endorsement, so they follow its order.
create table network_endorsement_digest_entry (
    endorsement_id uuid        primary key,
    call_id        uuid        not null,
    country        text        not null,
    published_at   timestamptz not null default now()
);

create index network_endorsement_digest_entry_call_idx on network_endorsement_digest_entry (call_id);
