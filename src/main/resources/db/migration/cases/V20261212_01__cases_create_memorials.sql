-- Memorials: the people killed in one event ("the 18 people killed in Juliaca on 9 January"), gathered from
-- case files. The people are not copied here: the page reads the victims of the linked cases at request time,
-- so a withdrawn consent takes a name off the memorial at once. Memorials are public by nature: their own
-- title, place and text are plain columns, published per language.
CREATE TABLE case_memorial (
    id          UUID PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    occurred_on DATE NOT NULL,
    country     TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    created_by  UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_memorial_by_date ON case_memorial (occurred_on DESC);

CREATE TABLE case_memorial_case (
    memorial_id UUID NOT NULL REFERENCES case_memorial (id) ON DELETE CASCADE DEFERRABLE,
    case_id     UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    added_by    UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    added_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (memorial_id, case_id)
);
CREATE INDEX case_memorial_case_by_case ON case_memorial_case (case_id);

-- One text per language, linked translations of one memorial; shown only once published.
CREATE TABLE case_memorial_text (
    memorial_id  UUID NOT NULL REFERENCES case_memorial (id) ON DELETE CASCADE DEFERRABLE,
    language     TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    place        TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
    body         TEXT NOT NULL CHECK (length(body) <= 20000),
    changed_by   UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    changed_at   TIMESTAMPTZ NOT NULL,
    published_by UUID REFERENCES app_user (id) DEFERRABLE,
    published_at TIMESTAMPTZ,
    PRIMARY KEY (memorial_id, language)
);
