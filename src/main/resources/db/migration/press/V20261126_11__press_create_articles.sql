-- Articles, one row per language; translations of one another share a translation_group.
-- Versioned after the accounts migrations (V20261125_2x) because authors are app_user rows.
CREATE TABLE article (
    id                UUID PRIMARY KEY,
    translation_group UUID NOT NULL,
    language          TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    slug              TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 120),
    title             TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    standfirst        TEXT NOT NULL DEFAULT '' CHECK (length(standfirst) <= 1000),
    body              TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 200000),
    byline            TEXT NOT NULL CHECK (length(byline) BETWEEN 1 AND 200),
    country           CHAR(2) NOT NULL,
    dateline          DATE NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED')),
    author_id         UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    published_at      TIMESTAMPTZ,
    CONSTRAINT article_slug_per_language UNIQUE (language, slug),
    CONSTRAINT article_one_translation_per_language UNIQUE (translation_group, language)
);
CREATE INDEX article_public_latest ON article (language, published_at DESC) WHERE state = 'PUBLISHED';
CREATE INDEX article_public_by_country ON article (country, language, published_at DESC) WHERE state = 'PUBLISHED';
CREATE INDEX article_by_author ON article (author_id);

-- Who changed what and when, including content edits (from_state = to_state). Append-only.
CREATE TABLE article_history (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id UUID NOT NULL REFERENCES article (id) DEFERRABLE,
    actor_id   UUID REFERENCES app_user (id) DEFERRABLE,
    at         TIMESTAMPTZ NOT NULL,
    from_state TEXT,
    to_state   TEXT NOT NULL,
    comment    TEXT CHECK (length(comment) <= 2000)
);
CREATE INDEX article_history_by_article ON article_history (article_id, at);
