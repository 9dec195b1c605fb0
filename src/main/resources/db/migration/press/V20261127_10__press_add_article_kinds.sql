-- The kind of an article (editorial, statement, report, reproduced appeal, photo story, brief) and what some
-- kinds need: the place a report comes from, the original author and date of a reproduced appeal.
ALTER TABLE article
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'REPORT'
        CHECK (kind IN ('EDITORIAL', 'STATEMENT', 'REPORT', 'REPRODUCED_APPEAL', 'PHOTO_STORY', 'BRIEF')),
    ADD COLUMN place TEXT CHECK (length(place) BETWEEN 1 AND 200),
    ADD COLUMN original_author TEXT CHECK (length(original_author) BETWEEN 1 AND 200),
    ADD COLUMN original_date DATE,
    ADD CONSTRAINT article_reproduced_appeal_has_origin
        CHECK (kind <> 'REPRODUCED_APPEAL' OR (original_author IS NOT NULL AND original_date IS NOT NULL));
