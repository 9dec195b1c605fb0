package org.organizer.press;

/** A writer handed a draft to the editors. */
public record ArticleSubmitted(ArticleId article, String language) {}
