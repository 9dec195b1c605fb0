-- Recognising the organisation behind an endorsement looks up the directory by website host and by name key
-- (org.organizer.network.OrganisationNames) instead of reading the whole directory for every submission.
-- The key is computed in Java: OrganisationNameKeys fills it for rows written before this column existed.
ALTER TABLE organisation_text ADD COLUMN name_key TEXT;
CREATE INDEX organisation_text_name_key_idx ON organisation_text (name_key);
CREATE INDEX organisation_website_host_idx ON organisation (website_host);
