-- What a long ledger's public totals and pledges ask of it: the contributions that fulfil a pledge, and each
-- fund's entries with the columns the totals read (an index-only scan on a ledger that is only appended to).
CREATE INDEX fund_ledger_entry_by_pledge ON fund_ledger_entry (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE INDEX fund_ledger_entry_for_totals ON fund_ledger_entry (fund_id)
    INCLUDE (position, kind, entry_date, currency, amount, pledge_id, reverses, id);
