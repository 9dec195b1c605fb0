package org.organizer.press;

/** A link to the same article in another language, for switchers and hreflang alternates. */
public record LanguageLink(String language, String name, String dir, String path, String href) {}
