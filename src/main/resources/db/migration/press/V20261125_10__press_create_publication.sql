-- The one publication an installation runs. A single row, created by setup.
CREATE TABLE publication (
    id               SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    default_language TEXT NOT NULL,
    languages        TEXT[] NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (default_language = languages[1])
);
