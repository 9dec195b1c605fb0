-- One-time links with which a new person sets their password. Only a SHA-256 hash of the token is kept.
CREATE TABLE account_activation (
    token_hash  TEXT PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
    expires_at  TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX account_activation_user_idx ON account_activation (user_id);
