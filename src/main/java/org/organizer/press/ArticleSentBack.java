package org.organizer.press;

/** An editor returned a submitted article to its writer, saying why. */
public record ArticleSentBack(ArticleId article, String language, String comment) {}
