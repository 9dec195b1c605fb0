-- A fund's public totals, kept per day so a long ledger is summed without reading it: for each fund, day,
-- currency, effect (received, unreceived, disbursed, undisbursed) and pledge (the nil UUID for none), how many
-- entries count, the sum of their amounts, and the sum of each entry converted into the fund's currency on
-- its own (minor units, rounded half to even exactly like ExchangeRate.convert) — null while the day has no
-- rate. Written in the same transaction as the ledger rows, approvals and rates it sums (LedgerRepository,
-- ExchangeRateRepository); a rate entered later recomputes its day. Not append-only: it is derived, and
-- DayTotals.rebuild recomputes a fund's rows from its ledger. Backups carry it with the ledger it sums.
CREATE TABLE fund_day_total (
    fund_id         UUID NOT NULL REFERENCES fund (id) DEFERRABLE,
    entry_date      DATE NOT NULL,
    currency        TEXT NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    effect          TEXT NOT NULL CHECK (effect IN ('RECEIVED', 'UNRECEIVED', 'DISBURSED', 'UNDISBURSED')),
    pledge_key      UUID NOT NULL,
    entries         BIGINT NOT NULL CHECK (entries > 0),
    first_position  BIGINT NOT NULL,
    original        NUMERIC NOT NULL,
    converted_minor NUMERIC,
    PRIMARY KEY (fund_id, entry_date, currency, effect, pledge_key)
);
CREATE INDEX fund_day_total_by_day ON fund_day_total (entry_date, currency);
CREATE INDEX fund_ledger_entry_by_day ON fund_ledger_entry (fund_id, entry_date, currency);

-- One amount converted into minor units of the target, rounded half to even: multiplying by the rate
-- (forward) or dividing by it, with div() giving the exact integer quotient and twice the remainder compared
-- with the divisor, so nothing is rounded before the one rounding. Null without a rate.
CREATE FUNCTION fund_minor_units(amount NUMERIC, rate NUMERIC, forward BOOLEAN, scale NUMERIC) RETURNS NUMERIC
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN rate IS NULL THEN NULL
        WHEN forward THEN
            floor(amount * rate * scale)
            + CASE WHEN amount * rate * scale - floor(amount * rate * scale) > 0.5 THEN 1
                   WHEN amount * rate * scale - floor(amount * rate * scale) < 0.5 THEN 0
                   ELSE mod(floor(amount * rate * scale), 2) END
        ELSE
            div(amount * scale, rate)
            + CASE WHEN 2 * (amount * scale - div(amount * scale, rate) * rate) > rate THEN 1
                   WHEN 2 * (amount * scale - div(amount * scale, rate) * rate) < rate THEN 0
                   ELSE mod(div(amount * scale, rate), 2) END
        END
$$;
