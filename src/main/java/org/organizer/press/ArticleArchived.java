package org.organizer.press;

/** An article was archived; it is never public again unless restored by hand. */
public record ArticleArchived(ArticleId article, String language) {}
