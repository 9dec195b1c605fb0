-- Pledges: an organisation or a person promises an amount to a fund, confirmed by e-mail (double opt-in).
-- The e-mail address is private; the pledger chooses what the public sees: name, country only, or nothing.
CREATE TABLE fund_pledge (
    id                 UUID PRIMARY KEY,
    fund_id            UUID NOT NULL REFERENCES fund (id) DEFERRABLE,
    pledger_kind       TEXT NOT NULL CHECK (pledger_kind IN ('ORGANISATION', 'PERSON')),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country            TEXT NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    email              TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    visibility         TEXT NOT NULL CHECK (visibility IN ('NAME', 'COUNTRY', 'ANONYMOUS')),
    amount             NUMERIC NOT NULL CHECK (amount > 0 AND scale(amount) <= 3),
    currency           TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- "One day's wage × members": kept so the page can say how the amount was computed.
    wage               NUMERIC CHECK (wage > 0 AND scale(wage) <= 3),
    members            INTEGER CHECK (members BETWEEN 1 AND 10000000),
    language           TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    confirmation_hash  TEXT NOT NULL UNIQUE,
    created_at         TIMESTAMPTZ NOT NULL,
    confirmed_at       TIMESTAMPTZ,
    CHECK ((wage IS NULL) = (members IS NULL))
);
CREATE INDEX fund_pledge_by_fund ON fund_pledge (fund_id, confirmed_at);

-- Lines of bank statements already imported into a ledger: importing the same file twice adds nothing.
-- The key is the bank's reference, or a hash of the whole line when the bank gives none.
CREATE TABLE fund_statement_line (
    fund_id     UUID NOT NULL REFERENCES fund (id) DEFERRABLE,
    line_key    TEXT NOT NULL CHECK (length(line_key) BETWEEN 1 AND 300),
    entry_id    UUID NOT NULL REFERENCES fund_ledger_entry (id) DEFERRABLE,
    PRIMARY KEY (fund_id, line_key)
);

CREATE TRIGGER fund_statement_line_append_only BEFORE UPDATE OR DELETE ON fund_statement_line
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
