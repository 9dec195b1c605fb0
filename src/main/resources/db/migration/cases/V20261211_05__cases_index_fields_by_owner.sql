-- Reading a case loads the values of all its parts by owner id alone (owner_id = ANY(…)); the primary key
-- starts with owner_kind, so without this index every read of a case scanned case_field whole.
CREATE INDEX case_field_by_owner ON case_field (owner_id);
