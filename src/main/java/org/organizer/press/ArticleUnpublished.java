package org.organizer.press;

/** A public article was taken off the site (unpublished or archived). Its address now answers 404. */
public record ArticleUnpublished(ArticleId article, String language, String slug) {}
