-- Notes: a correspondent's short dispatch (at most 2,000 characters of text) that its writer publishes
-- directly and that lands on the live notes page of its language.
ALTER TABLE article
    DROP CONSTRAINT article_kind_check,
    ADD CONSTRAINT article_kind_check
        CHECK (kind IN ('EDITORIAL', 'STATEMENT', 'REPORT', 'REPRODUCED_APPEAL', 'PHOTO_STORY', 'BRIEF', 'NOTE')),
    ADD CONSTRAINT article_note_is_short
        CHECK (kind <> 'NOTE' OR char_length(body) BETWEEN 1 AND 2000);

-- The live notes page: a language's published notes, newest first, in keyset pages.
CREATE INDEX article_published_notes ON article (language, published_at DESC, id DESC)
    WHERE state = 'PUBLISHED' AND kind = 'NOTE';
