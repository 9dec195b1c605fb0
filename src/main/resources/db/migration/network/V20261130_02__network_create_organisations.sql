-- The directory of organisations. Public fields live in organisation and organisation_text; the private
-- contact details in organisation_contact, which no public page, feed or API answer reads.
CREATE TABLE organisation (
    id            UUID PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 120),
    kind          TEXT NOT NULL CHECK (kind IN ('TRADE_UNION', 'PARTY', 'ASSOCIATION', 'COMMITTEE', 'NETWORK', 'PUBLICATION')),
    country       TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    city          TEXT NOT NULL DEFAULT '' CHECK (length(city) <= 100),
    website       TEXT CHECK (length(website) <= 300),
    -- The website's host without a leading "www.", compared with domains confirmed by e-mail.
    website_host  TEXT,
    languages     TEXT[] NOT NULL DEFAULT '{}',
    created_by    UUID REFERENCES app_user (id) DEFERRABLE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX organisation_country_kind_idx ON organisation (country, kind);

-- The organisation's name and public description in each language it has them in.
CREATE TABLE organisation_text (
    organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE DEFERRABLE,
    language         TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description      TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    PRIMARY KEY (organisation_id, language)
);

-- Private: seen by editors and administrators only.
CREATE TABLE organisation_contact (
    organisation_id  UUID PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE DEFERRABLE,
    email            TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
    phone            TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    postal_address   TEXT NOT NULL DEFAULT '' CHECK (length(postal_address) <= 500),
    notes            TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000)
);
