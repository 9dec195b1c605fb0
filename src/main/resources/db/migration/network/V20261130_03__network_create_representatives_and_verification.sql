-- Accounts that act in an organisation's name.
CREATE TABLE organisation_representative (
    organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE DEFERRABLE,
    user_id          UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
    since            TIMESTAMPTZ NOT NULL DEFAULT now(),
    added_by         UUID REFERENCES app_user (id) DEFERRABLE,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_representative_user_idx ON organisation_representative (user_id);

-- How an organisation was verified: by a representative confirming an address at its website's domain, or
-- by an editor vouching for it. An organisation is verified while it has a vouch, or a confirmed domain that
-- is still its website's.
CREATE TABLE organisation_verification (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE DEFERRABLE,
    method           TEXT NOT NULL CHECK (method IN ('domain-email', 'editor-vouch')),
    by_user          UUID REFERENCES app_user (id) DEFERRABLE,
    at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    domain           TEXT,
    detail           TEXT NOT NULL CHECK (length(detail) BETWEEN 1 AND 1000),
    CHECK (method <> 'domain-email' OR domain IS NOT NULL)
);
CREATE INDEX organisation_verification_org_idx ON organisation_verification (organisation_id);

-- Pending confirmations of an address at the website's domain. Only a SHA-256 hash of the token is kept.
CREATE TABLE organisation_domain_challenge (
    token_hash       TEXT PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE DEFERRABLE,
    user_id          UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
    email            TEXT NOT NULL CHECK (length(email) <= 254),
    domain           TEXT NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX organisation_domain_challenge_org_idx ON organisation_domain_challenge (organisation_id);
