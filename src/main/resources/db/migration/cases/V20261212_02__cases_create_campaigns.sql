-- Campaigns for a case: what its supporters demand (per language), the hearings planned (an event of the
-- timeline cannot lie in the future, so planned hearings have their own table), how to write to the prisoner
-- (the postal address, shown only while the person or the family allows it, recorded with who and when),
-- and solidarity messages from organisations: confirmed by a link mailed to their contact address, then
-- approved by the case's team or an editor. The contact address is never shown.
CREATE TABLE case_campaign_demands (
    case_id    UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    language   TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    demands    TEXT NOT NULL CHECK (length(demands) BETWEEN 1 AND 5000),
    changed_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, language)
);

CREATE TABLE case_scheduled_hearing (
    id         UUID PRIMARY KEY,
    case_id    UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    starts_at  TIMESTAMPTZ NOT NULL,
    time_zone  TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 60),
    place      TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
    created_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_scheduled_hearing_by_case ON case_scheduled_hearing (case_id, starts_at);

CREATE TABLE case_prison_address (
    case_id      UUID PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    address      TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 1000),
    allowed_by   TEXT NOT NULL CHECK (allowed_by IN ('PERSON', 'FAMILY')),
    allowed_on   DATE NOT NULL,
    recorded_by  UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    recorded_at  TIMESTAMPTZ NOT NULL,
    withdrawn_by UUID REFERENCES app_user (id) DEFERRABLE,
    withdrawn_at TIMESTAMPTZ
);

CREATE TABLE case_solidarity_message (
    id           UUID PRIMARY KEY,
    case_id      UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE DEFERRABLE,
    language     TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    organisation TEXT NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
    country      TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    message      TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
    email        TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    token_hash   TEXT NOT NULL UNIQUE,
    state        TEXT NOT NULL CHECK (state IN ('PENDING', 'CONFIRMED', 'APPROVED', 'REJECTED')),
    created_at   TIMESTAMPTZ NOT NULL,
    confirmed_at TIMESTAMPTZ,
    decided_by   UUID REFERENCES app_user (id) DEFERRABLE,
    decided_at   TIMESTAMPTZ
);
CREATE INDEX case_solidarity_message_by_case ON case_solidarity_message (case_id, state, created_at);
