package org.organizer.press;

/** An article became public at {@code /{language}/articles/{slug}}. */
public record ArticlePublished(ArticleId article, String language, String slug) {}
