-- People who sign in. E-mail is the login name; no password is ever set by default.
CREATE TABLE app_user (
    id              UUID PRIMARY KEY,
    email           TEXT NOT NULL,
    display_name    TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash   TEXT,
    role            TEXT NOT NULL CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'CORRESPONDENT')),
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    failed_logins   INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
