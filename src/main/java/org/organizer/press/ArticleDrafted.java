package org.organizer.press;

/** A new draft exists (written from scratch or as a translation of another article). */
public record ArticleDrafted(ArticleId article, String language) {}
