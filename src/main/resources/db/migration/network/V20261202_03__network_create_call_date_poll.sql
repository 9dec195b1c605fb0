-- The poll over candidate dates for a call's day of action: one per call.
CREATE TABLE call_poll (
    call_id    UUID PRIMARY KEY REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    state      TEXT NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CLOSED')),
    opened_by  UUID REFERENCES app_user (id) DEFERRABLE,
    opened_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE call_poll_date (
    call_id  UUID NOT NULL REFERENCES call_poll (call_id) ON DELETE CASCADE DEFERRABLE,
    day      DATE NOT NULL,
    PRIMARY KEY (call_id, day)
);

-- One answer per organisation and date; a new answer replaces the previous one.
CREATE TABLE call_poll_answer (
    call_id          UUID NOT NULL,
    day              DATE NOT NULL,
    organisation_id  UUID NOT NULL REFERENCES organisation (id) DEFERRABLE,
    answer           TEXT NOT NULL CHECK (answer IN ('YES', 'IF_NEED_BE', 'NO')),
    comment          TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
    by_user          UUID REFERENCES app_user (id) DEFERRABLE,
    at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (call_id, day, organisation_id),
    FOREIGN KEY (call_id, day) REFERENCES call_poll_date (call_id, day) ON DELETE CASCADE DEFERRABLE
);

-- The record of the decision, kept with the call: when, by whom, the date, who took part and the tally
-- (JSON: [{"date": "2027-05-01", "yes": [...names], "ifNeedBe": [...], "no": [...]}]).
CREATE TABLE call_date_decision (
    call_id       UUID PRIMARY KEY REFERENCES call (id) ON DELETE CASCADE DEFERRABLE,
    decided_date  DATE NOT NULL,
    decided_by    UUID REFERENCES app_user (id) DEFERRABLE,
    decided_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    participants  JSONB NOT NULL,
    tally         JSONB NOT NULL
);
