-- A record of every merge of a duplicate person into another: who merged, when, both ids, and (as case-team
-- values, sealed by the application like case_field.sealed) both names and the removed person's values that
-- conflicted with the kept person's. The removed person no longer exists, so its id has no foreign key.
CREATE TABLE case_person_merge (
    id                UUID PRIMARY KEY,
    kept_person_id    UUID NOT NULL REFERENCES case_person (id) DEFERRABLE,
    removed_person_id UUID NOT NULL,
    kept_name         TEXT,
    removed_name      TEXT,
    preserved         TEXT,
    merged_by         UUID NOT NULL REFERENCES app_user (id) DEFERRABLE,
    merged_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_person_merge_by_kept ON case_person_merge (kept_person_id, merged_at);
