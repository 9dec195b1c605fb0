-- The lists are filtered by country and/or status and sorted newest first with a limit: with these indexes
-- PostgreSQL reads the newest matching cases in order and stops at the limit, instead of checking every case
-- of a country for the public rule and sorting them all.
CREATE INDEX case_file_by_country_created ON case_file (country, created_at DESC);
CREATE INDEX case_file_by_status_created ON case_file (status, created_at DESC);
CREATE INDEX case_file_by_country_status_created ON case_file (country, status, created_at DESC);
