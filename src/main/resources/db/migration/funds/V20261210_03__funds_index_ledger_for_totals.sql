-- What a long ledger's public side asks of it without reading it whole: the contributions that fulfil a
-- pledge, the fund's disbursements (the page lists the approved ones), and its last recorded entry.
CREATE INDEX fund_ledger_entry_by_pledge ON fund_ledger_entry (pledge_id) WHERE pledge_id IS NOT NULL;
CREATE INDEX fund_ledger_entry_disbursements ON fund_ledger_entry (fund_id, position) WHERE kind = 'DISBURSEMENT';
CREATE INDEX fund_ledger_entry_by_recorded ON fund_ledger_entry (fund_id, recorded_at);
