-- Photos, stored as files under <data>/files/photos/<id>/<width>.<ext>; these rows describe them.
-- The uploader is kept so correspondents can edit their own photos; it is never shown to the public.
CREATE TABLE photo (
    id          UUID PRIMARY KEY,
    uploaded_by UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    uploaded_at TIMESTAMPTZ NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('JPEG', 'PNG'))
);
CREATE INDEX photo_latest ON photo (uploaded_at DESC);
CREATE INDEX photo_by_uploader ON photo (uploaded_by);

-- One row per stored size (responsive widths, never wider than the original).
CREATE TABLE photo_rendition (
    photo_id UUID NOT NULL REFERENCES photo (id) ON DELETE CASCADE DEFERRABLE,
    width    INT NOT NULL CHECK (width > 0),
    height   INT NOT NULL CHECK (height > 0),
    bytes    BIGINT NOT NULL CHECK (bytes > 0),
    PRIMARY KEY (photo_id, width)
);

-- What readers are told about a photo, per publication language.
CREATE TABLE photo_text (
    photo_id UUID NOT NULL REFERENCES photo (id) ON DELETE CASCADE DEFERRABLE,
    language TEXT NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    alt      TEXT NOT NULL DEFAULT '' CHECK (length(alt) <= 500),
    caption  TEXT NOT NULL DEFAULT '' CHECK (length(caption) <= 1000),
    credit   TEXT NOT NULL DEFAULT '' CHECK (length(credit) <= 200),
    PRIMARY KEY (photo_id, language)
);
