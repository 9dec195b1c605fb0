package org.organizer.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.web.util.UriUtils;

/**
 * One article found.
 *
 * @param snippetHtml a passage of the text, HTML-escaped, with the matched words in {@code <mark>} elements
 */
public record SearchHit(
        String id,
        String language,
        String slug,
        String title,
        String standfirst,
        String byline,
        String country,
        LocalDate dateline,
        Instant publishedAt,
        String snippetHtml) {

    /** The article's public address, e.g. {@code /es/articles/huelga-en-el-puerto}. */
    public String path() {
        return "/" + language + "/articles/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
    }
}
