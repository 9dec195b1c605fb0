package org.organizer.setup.web;

/** What was typed on the setup page, shown again when it has errors. Passwords are never shown again. */
public record SetupForm(String email, String displayName, String title, String defaultLanguage, String languages) {

    public static SetupForm initial() {
        return new SetupForm("", "", "", "en", "en,es,ar");
    }
}
