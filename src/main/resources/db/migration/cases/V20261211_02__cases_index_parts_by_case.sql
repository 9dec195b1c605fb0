-- The public list, the statistics and the case page look up a case's institutions and sources by case, and
-- the lists are sorted by creation.
CREATE INDEX case_institution_by_case ON case_institution (case_id);
CREATE INDEX case_source_by_case ON case_source (case_id);
CREATE INDEX case_file_by_created ON case_file (created_at DESC);
