-- Calls (appeals) issued by organisations of the network, discussed by the member organisations, given a
-- day of action by a poll, then published per language for endorsement.
CREATE TABLE call (
    id                 UUID PRIMARY KEY,
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'DISCUSSION', 'DATE_DECIDED', 'OPEN', 'CLOSED')),
    -- The language the call was written and discussed in; paragraphs and amendments refer to its text.
    original_language  TEXT NOT NULL CHECK (original_language ~ '^[a-z]{2,3}$'),
    original_date      DATE,
    decided_date       DATE,
    created_by         UUID REFERENCES app_user (id) DEFERRABLE,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status IN ('DRAFT', 'DISCUSSION') OR decided_date IS NOT NULL)
);

CREATE TABLE call_issuer (
    call_id          UUID NOT NULL REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    organisation_id  UUID NOT NULL REFERENCES organisation (id) DEFERRABLE,
    PRIMARY KEY (call_id, organisation_id)
);
CREATE INDEX call_issuer_org_idx ON call_issuer (organisation_id);

-- The call in each language; each language version is published on its own.
CREATE TABLE call_translation (
    call_id     UUID NOT NULL REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    language    TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    slug        TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 120),
    state       TEXT NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'PUBLISHED')),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (call_id, language),
    UNIQUE (language, slug)
);

-- What happened to a call, for the record: status changes, accepted amendments (with the text replaced),
-- translations published.
CREATE TABLE call_history (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id   UUID NOT NULL REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user   UUID REFERENCES app_user (id) DEFERRABLE,
    kind      TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX call_history_call_idx ON call_history (call_id);
