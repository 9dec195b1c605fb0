-- Numbered printed editions: each publication language numbers its own editions. An edition holds ordered
-- sections (by country or topic) and supplements (sections flagged as such, shown after the main ones), each
-- with ordered articles. An article has at most one place in an edition; the cover is one of its articles.
CREATE TABLE edition (
    id               UUID PRIMARY KEY,
    language         TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    number           INTEGER NOT NULL CHECK (number > 0),
    edition_date     DATE NOT NULL,
    currency         CHAR(3) NOT NULL,
    cover_price      NUMERIC(12, 3) NOT NULL CHECK (cover_price >= 0),
    solidarity_price NUMERIC(12, 3) NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    cover_article_id UUID REFERENCES article (id) DEFERRABLE,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    published_at     TIMESTAMPTZ,
    CONSTRAINT edition_number_per_language UNIQUE (language, number),
    CHECK (solidarity_price >= cover_price)
);
CREATE INDEX edition_published ON edition (language, edition_date DESC) WHERE state = 'PUBLISHED';

CREATE TABLE edition_section (
    id         UUID PRIMARY KEY,
    edition_id UUID NOT NULL REFERENCES edition (id) ON DELETE CASCADE DEFERRABLE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    country    CHAR(2),
    supplement BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX edition_section_by_edition ON edition_section (edition_id, position);

CREATE TABLE edition_article (
    edition_id UUID NOT NULL REFERENCES edition (id) ON DELETE CASCADE DEFERRABLE,
    section_id UUID NOT NULL REFERENCES edition_section (id) ON DELETE CASCADE DEFERRABLE,
    article_id UUID NOT NULL REFERENCES article (id) DEFERRABLE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (edition_id, article_id)
);
CREATE INDEX edition_article_by_section ON edition_article (section_id, position);
CREATE INDEX edition_article_by_article ON edition_article (article_id);
