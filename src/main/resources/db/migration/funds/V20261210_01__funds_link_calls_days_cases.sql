-- A fund's links to a call, a day of action or a case, now that those tables exist: checked by foreign keys.
-- Deleting the call, day or case leaves the fund standing, unlinked. DEFERRABLE like every key, so a restore
-- loads tables in any order; INITIALLY IMMEDIATE, so a wrong id is refused by the statement that writes it.
ALTER TABLE fund
    ADD CONSTRAINT fund_call_fk FOREIGN KEY (call_id) REFERENCES call (id) ON DELETE SET NULL DEFERRABLE,
    ADD CONSTRAINT fund_day_of_action_fk FOREIGN KEY (day_of_action_id) REFERENCES day_of_action (id)
        ON DELETE SET NULL DEFERRABLE,
    ADD CONSTRAINT fund_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id) ON DELETE SET NULL DEFERRABLE;
CREATE INDEX fund_by_call ON fund (call_id) WHERE call_id IS NOT NULL;
CREATE INDEX fund_by_day_of_action ON fund (day_of_action_id) WHERE day_of_action_id IS NOT NULL;
CREATE INDEX fund_by_case ON fund (case_id) WHERE case_id IS NOT NULL;
