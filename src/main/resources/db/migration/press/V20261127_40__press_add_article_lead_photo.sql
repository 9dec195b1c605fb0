-- The photo shown at the head of an article (and in feeds and link previews). Deleting a photo
-- leaves the article without one rather than failing.
ALTER TABLE article
    ADD COLUMN lead_photo_id UUID REFERENCES photo (id) ON DELETE SET NULL DEFERRABLE;
CREATE INDEX article_lead_photo_idx ON article (lead_photo_id);
