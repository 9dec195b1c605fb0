package org.organizer.media.web;

/** The alt text, caption and credit of a photo in one language, as the form shows them. */
public record TextForm(String language, String alt, String caption, String credit) {

    public static TextForm blank(String language) {
        return new TextForm(language, "", "", "");
    }
}
