-- Reference exchange rates per date: 1 base = rate quote. Converted totals name the rate and date they
-- used, so a rate once entered never changes (same append-only trigger as the ledger).
CREATE TABLE fund_exchange_rate (
    rate_date      DATE NOT NULL,
    base_currency  TEXT NOT NULL CHECK (base_currency ~ '^[A-Z]{3}$'),
    quote_currency TEXT NOT NULL CHECK (quote_currency ~ '^[A-Z]{3}$'),
    rate           NUMERIC NOT NULL CHECK (rate > 0 AND scale(rate) <= 12),
    source         TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
    entered_by     UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    entered_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (rate_date, base_currency, quote_currency),
    CHECK (base_currency <> quote_currency)
);

CREATE TRIGGER fund_exchange_rate_append_only BEFORE UPDATE OR DELETE ON fund_exchange_rate
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
