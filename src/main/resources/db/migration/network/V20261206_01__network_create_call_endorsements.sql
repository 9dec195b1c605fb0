-- Organisations endorsing a public call. The contact e-mail is private: only editors and the confirmation
-- mail see it. An endorsement counts once its link was confirmed and, unless the organisation was
-- recognised as verified, an editor approved it.
CREATE TABLE call_endorsement (
    id               UUID PRIMARY KEY,
    call_id          UUID NOT NULL REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    -- The directory organisation it was recognised as, if any.
    organisation_id  UUID REFERENCES organisation (id) ON DELETE SET NULL DEFERRABLE,
    -- A later endorsement by the same organisation is merged into the first one.
    merged_into      UUID REFERENCES call_endorsement (id) ON DELETE SET NULL DEFERRABLE,
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_key         TEXT NOT NULL,
    kind             TEXT NOT NULL,
    country          TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    website          TEXT CHECK (length(website) <= 300),
    website_host     TEXT,
    signer_name      TEXT CHECK (length(signer_name) <= 200),
    signer_role      TEXT CHECK (length(signer_role) <= 200),
    publish_signer   BOOLEAN NOT NULL DEFAULT FALSE,
    publish_role     BOOLEAN NOT NULL DEFAULT FALSE,
    email            TEXT NOT NULL CHECK (length(email) <= 254),
    email_domain     TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('UNCONFIRMED', 'PENDING', 'PUBLIC', 'REJECTED', 'WITHDRAWN', 'MERGED')),
    token_hash       TEXT UNIQUE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    confirmed_at     TIMESTAMPTZ
);
CREATE INDEX call_endorsement_call_idx ON call_endorsement (call_id, state);

-- What happened to each endorsement and why: confirmation, merging, approval, rejection, withdrawal.
CREATE TABLE call_endorsement_log (
    id              BIGSERIAL PRIMARY KEY,
    endorsement_id  UUID NOT NULL REFERENCES call_endorsement (id) ON DELETE CASCADE DEFERRABLE,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user         UUID REFERENCES app_user (id) DEFERRABLE,
    action          TEXT NOT NULL,
    reason          TEXT CHECK (length(reason) <= 2000)
);
CREATE INDEX call_endorsement_log_idx ON call_endorsement_log (endorsement_id);
