package org.organizer.press;

/** The text or address of a public article changed; {@code previousSlug} differs when it moved. */
public record PublishedArticleChanged(ArticleId article, String language, String slug, String previousSlug) {}
