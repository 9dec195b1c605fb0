-- Documents attached to sources (PDF, JPEG, PNG, WebP). Kept here, never in the media library, so a document
-- has no public address of its own: it is served by the cases' pages after their checks, as an attachment.
-- Whatever its visibility, the content and the file name are sealed at rest like a case-team value (base64 of
-- the bytes, AES-256-GCM bound to the document's id and to what is sealed: "v1:<key id>:…").
CREATE TABLE case_source_document (
    id           UUID PRIMARY KEY,
    source_id    UUID NOT NULL REFERENCES case_source (id) ON DELETE CASCADE DEFERRABLE,
    visibility   TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'NETWORK', 'CASE_TEAM')),
    content_type TEXT NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
    size_bytes   BIGINT NOT NULL CHECK (size_bytes > 0),
    sealed_name  TEXT NOT NULL,
    sealed       TEXT NOT NULL,
    uploaded_by  UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_source_document_by_source ON case_source_document (source_id, uploaded_at);
