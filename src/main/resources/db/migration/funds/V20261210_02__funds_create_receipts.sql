-- Receipts of disbursements: files kept privately under the data directory (files/funds/receipts/<id>, no
-- extension, never the name the browser sent), described here. Only the fund's treasurers and administrators
-- read them; no public page, export, feed or API names them. Added, never changed (same trigger as the ledger).
CREATE TABLE fund_receipt (
    id           UUID PRIMARY KEY,
    fund_id      UUID NOT NULL REFERENCES fund (id) DEFERRABLE,
    entry_id     UUID NOT NULL REFERENCES fund_ledger_entry (id) DEFERRABLE,
    file_name    TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type TEXT NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
    size_bytes   BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256       TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX fund_receipt_by_fund ON fund_receipt (fund_id, entry_id);

CREATE TRIGGER fund_receipt_append_only BEFORE UPDATE OR DELETE ON fund_receipt
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
