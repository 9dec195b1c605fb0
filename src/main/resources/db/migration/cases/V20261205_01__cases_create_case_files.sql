-- Case files of repression (HURIDOCS Events Standard Formats shape: events, persons in roles).
-- Only structure lives in plain columns (country, status, event kind and date, roles); every descriptive
-- value lives in case_field with its own visibility. Case-team values are stored only as AES-256-GCM
-- ciphertext written by the application ("v1:<key id>:<base64 nonce+ciphertext>").
CREATE TABLE case_file (
    id         UUID PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    country    TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    status     TEXT NOT NULL CHECK (status IN ('DETAINED', 'ON_TRIAL', 'SENTENCED', 'RELEASED', 'ACQUITTED',
                                               'KILLED', 'MISSING')),
    created_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_file_by_country_status ON case_file (country, status);

-- Case workers: a per-case membership added by an administrator; it alone grants case-team access.
CREATE TABLE case_team_member (
    case_id  UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    user_id  UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    added_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    added_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_team_member_by_user ON case_team_member (user_id);

-- A person may appear in several cases.
CREATE TABLE case_person (
    id         UUID PRIMARY KEY,
    created_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE case_person_role (
    id        UUID PRIMARY KEY,
    case_id   UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    person_id UUID NOT NULL REFERENCES case_person (id) DEFERRABLE,
    role      TEXT NOT NULL CHECK (role IN ('VICTIM', 'SOURCE', 'INTERVENING_PARTY')),
    UNIQUE (case_id, person_id, role)
);
CREATE INDEX case_person_role_by_person ON case_person_role (person_id);

CREATE TABLE case_event (
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    kind        TEXT NOT NULL CHECK (kind IN ('ARREST', 'DETENTION', 'CHARGE', 'HEARING', 'SENTENCE', 'RELEASE',
                                              'INJURY', 'KILLING', 'DISAPPEARANCE')),
    occurred_on DATE NOT NULL,
    country     TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$')
);
CREATE INDEX case_event_by_case ON case_event (case_id, occurred_on);

CREATE TABLE case_institution (
    id      UUID PRIMARY KEY,
    case_id UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    kind    TEXT NOT NULL CHECK (kind IN ('POLICE_UNIT', 'ARMY_UNIT', 'COURT', 'PRISON', 'MINISTRY'))
);

CREATE TABLE case_source (
    id      UUID PRIMARY KEY,
    case_id UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE
);

-- Every descriptive value with its visibility. owner_kind/owner_id say what it describes; language is ''
-- for values that are not texts in a language.
CREATE TABLE case_field (
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('CASE', 'PERSON', 'ROLE', 'EVENT', 'INSTITUTION', 'SOURCE')),
    owner_id   UUID NOT NULL,
    name       TEXT NOT NULL CHECK (name ~ '^[a-zA-Z]{1,40}$'),
    language   TEXT NOT NULL DEFAULT '' CHECK (language ~ '^([a-z]{2,3})?$'),
    visibility TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'NETWORK', 'CASE_TEAM')),
    plain      TEXT CHECK (length(plain) <= 20000),
    sealed     TEXT,
    changed_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, name, language),
    CHECK ((visibility = 'CASE_TEAM') = (sealed IS NOT NULL AND plain IS NULL)),
    CHECK ((visibility <> 'CASE_TEAM') = (plain IS NOT NULL AND sealed IS NULL))
);

-- Consent to publish a person's name or story, by the person or their family. Withdrawal keeps the row.
CREATE TABLE case_consent (
    id            UUID PRIMARY KEY,
    person_id     UUID NOT NULL REFERENCES case_person (id) DEFERRABLE,
    scope         TEXT NOT NULL CHECK (scope IN ('NAME', 'PHOTO', 'STORY')),
    given_by      TEXT NOT NULL CHECK (given_by IN ('PERSON', 'FAMILY')),
    given_on      DATE NOT NULL,
    recorded_by   UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    recorded_at   TIMESTAMPTZ NOT NULL,
    withdrawn_by  UUID REFERENCES app_user (id) DEFERRABLE,
    withdrawn_at  TIMESTAMPTZ
);
CREATE INDEX case_consent_by_person ON case_consent (person_id);

-- Every read of case-team values: who, when, which case, which fields.
CREATE TABLE case_access_log (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id UUID NOT NULL REFERENCES case_file (id) DEFERRABLE,
    user_id UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    read_at TIMESTAMPTZ NOT NULL,
    fields  TEXT NOT NULL
);
CREATE INDEX case_access_log_by_time ON case_access_log (read_at DESC);
