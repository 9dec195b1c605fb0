-- Comments of member organisations on a call in discussion: on a numbered paragraph of the original text,
-- or on the call as a whole (paragraph NULL); replies go one level deep.
CREATE TABLE call_comment (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id          UUID NOT NULL REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    paragraph        INT CHECK (paragraph >= 1),
    parent_id        BIGINT REFERENCES call_comment (id) ON DELETE CASCADE DEFERRABLE,
    organisation_id  UUID NOT NULL REFERENCES organisation (id) DEFERRABLE,
    author           UUID REFERENCES app_user (id) DEFERRABLE,
    body             TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX call_comment_call_idx ON call_comment (call_id);

-- Proposed replacements of one paragraph; the issuers accept (the text changes) or reject them with a reason.
CREATE TABLE call_amendment (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id          UUID NOT NULL REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    paragraph        INT NOT NULL CHECK (paragraph >= 1),
    replacement      TEXT NOT NULL CHECK (length(replacement) BETWEEN 1 AND 5000),
    reason           TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    organisation_id  UUID NOT NULL REFERENCES organisation (id) DEFERRABLE,
    author           UUID REFERENCES app_user (id) DEFERRABLE,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    state            TEXT NOT NULL DEFAULT 'PROPOSED' CHECK (state IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decision_reason  TEXT NOT NULL DEFAULT '' CHECK (length(decision_reason) <= 2000),
    decided_by       UUID REFERENCES app_user (id) DEFERRABLE,
    decided_at       TIMESTAMPTZ
);
CREATE INDEX call_amendment_call_idx ON call_amendment (call_id);
