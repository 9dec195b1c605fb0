-- Bearer tokens for API clients. Only a SHA-256 hash of the token is kept; a token acts with its own
-- role, capped at its owner's current role.
CREATE TABLE api_token (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role        TEXT NOT NULL CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'CORRESPONDENT')),
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
