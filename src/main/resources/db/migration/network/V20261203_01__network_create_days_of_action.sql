-- Days of action: a date on which local groups act together, with the actions they register and their reports.
CREATE TABLE day_of_action (
    id          UUID PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    day         DATE NOT NULL,
    -- The call the day belongs to, or null when it stands alone. No foreign key yet: the calls table arrives
    -- with network.calls, and the key (DEFERRABLE) is added by that migration.
    call_id     UUID,
    -- The draft round-up article made from the reports (a press article; no foreign key across modules).
    roundup_article_id UUID,
    created_by  UUID REFERENCES app_user (id) DEFERRABLE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX day_of_action_call_idx ON day_of_action (call_id);

CREATE TABLE day_of_action_title (
    day_id    UUID NOT NULL REFERENCES day_of_action (id) ON DELETE CASCADE DEFERRABLE,
    language  TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title     TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    PRIMARY KEY (day_id, language)
);

-- One local action. The map shows the city (from the gazetteer), never the meeting point; the meeting point is
-- public only when show_meeting_point is true. UNCONFIRMED until the e-mail link is followed, then PUBLISHED
-- (verified organisation, or a representative registering) or PENDING for editors' moderation.
CREATE TABLE day_action (
    id                  UUID PRIMARY KEY,
    day_id              UUID NOT NULL REFERENCES day_of_action (id) ON DELETE CASCADE DEFERRABLE,
    kind                TEXT NOT NULL CHECK (kind IN ('STRIKE', 'PICKET', 'MARCH', 'RALLY', 'ASSEMBLY', 'MEETING', 'VIGIL')),
    city                TEXT NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    country             TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    latitude            DOUBLE PRECISION NOT NULL,
    longitude           DOUBLE PRECISION NOT NULL,
    meeting_point       TEXT NOT NULL DEFAULT '' CHECK (length(meeting_point) <= 300),
    show_meeting_point  BOOLEAN NOT NULL DEFAULT false,
    starts_at           TIMESTAMPTZ NOT NULL,
    time_zone           TEXT NOT NULL,
    organisation_id     UUID REFERENCES organisation (id) ON DELETE SET NULL DEFERRABLE,
    organiser           TEXT NOT NULL CHECK (length(organiser) BETWEEN 1 AND 200),
    description         TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    status              TEXT NOT NULL CHECK (status IN ('UNCONFIRMED', 'PENDING', 'PUBLISHED', 'REJECTED')),
    rejection_reason    TEXT CHECK (length(rejection_reason) <= 1000),
    registered_by       UUID REFERENCES app_user (id) ON DELETE SET NULL DEFERRABLE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX day_action_day_idx ON day_action (day_id, status);

-- Private: the organiser's address and the hashes of the links mailed to it. No public page or API reads it.
CREATE TABLE day_action_contact (
    action_id           UUID PRIMARY KEY REFERENCES day_action (id) ON DELETE CASCADE DEFERRABLE,
    email               TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    confirm_token_hash  TEXT UNIQUE,
    report_token_hash   TEXT NOT NULL UNIQUE
);

CREATE TABLE day_action_report (
    id          UUID PRIMARY KEY,
    action_id   UUID NOT NULL REFERENCES day_action (id) ON DELETE CASCADE DEFERRABLE,
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    turnout     INTEGER CHECK (turnout >= 0),
    by_user     UUID REFERENCES app_user (id) ON DELETE SET NULL DEFERRABLE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX day_action_report_action_idx ON day_action_report (action_id);

-- Photos of a report, kept by the media module (no foreign key across modules).
CREATE TABLE day_action_report_photo (
    report_id  UUID NOT NULL REFERENCES day_action_report (id) ON DELETE CASCADE DEFERRABLE,
    photo_id   UUID NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (report_id, photo_id)
);
