-- Photos of persons. The image went through the media pipeline (re-encoded, every piece of metadata gone) but
-- is kept here, not in the media library, so it never has a public address of its own: it is served through
-- the cases' pages after their checks. Whatever its visibility, the image is sealed at rest like a case-team
-- value (base64 of the image, AES-256-GCM bound to the photo's id: "v1:<key id>:…").
CREATE TABLE case_photo (
    id           UUID PRIMARY KEY,
    person_id    UUID NOT NULL REFERENCES case_person (id) ON DELETE CASCADE DEFERRABLE,
    visibility   TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'NETWORK', 'CASE_TEAM')),
    content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    width        INT NOT NULL CHECK (width > 0),
    height       INT NOT NULL CHECK (height > 0),
    sealed       TEXT NOT NULL,
    uploaded_by  UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_photo_by_person ON case_photo (person_id, uploaded_at);
