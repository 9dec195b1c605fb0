-- A day of action belongs to at most one call; deleting the call leaves the day standing alone.
ALTER TABLE day_of_action
    ADD CONSTRAINT day_of_action_call_fk FOREIGN KEY (call_id) REFERENCES call (id) ON DELETE SET NULL DEFERRABLE;
