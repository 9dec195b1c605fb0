-- Solidarity and strike funds. Amounts are exact decimals (numeric) in an ISO 4217 currency; the
-- application keeps each amount at its currency's minor units (JPY 0, EUR 2, KWD 3 decimals).
CREATE TABLE fund (
    id               UUID PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    currency         TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    target           NUMERIC CHECK (target > 0 AND scale(target) <= 3),
    opens_on         DATE NOT NULL,
    closes_on        DATE CHECK (closes_on >= opens_on),
    status           TEXT NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    -- Links to a call, a day of action or a case of the modules still to come: plain ids for now.
    call_id          UUID,
    day_of_action_id UUID,
    case_id          UUID,
    created_by       UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    created_at       TIMESTAMPTZ NOT NULL
);

-- The fund's purpose in each language it is presented in.
CREATE TABLE fund_text (
    fund_id     UUID NOT NULL REFERENCES fund (id) ON DELETE CASCADE DEFERRABLE,
    language    TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    PRIMARY KEY (fund_id, language)
);

-- Treasurers are people assigned to one fund by an administrator; they alone write its ledger.
CREATE TABLE fund_treasurer (
    fund_id     UUID NOT NULL REFERENCES fund (id) ON DELETE CASCADE DEFERRABLE,
    user_id     UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    assigned_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (fund_id, user_id)
);
CREATE INDEX fund_treasurer_by_user ON fund_treasurer (user_id);
