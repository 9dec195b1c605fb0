package org.organizer.press.support;

import java.time.LocalDate;
import java.util.UUID;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.Newsroom;
import org.organizer.press.Publication;
import org.organizer.press.Publications;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Small helpers for press tests: the publication, people with roles, articles in a given state. */
@Component
public class Newsrooms {

    private final Publications publications;
    private final Accounts accounts;
    private final Newsroom newsroom;

    Newsrooms(Publications publications, Accounts accounts, Newsroom newsroom) {
        this.publications = publications;
        this.accounts = accounts;
        this.newsroom = newsroom;
    }

    /** The tests' publication: English first, then Spanish and Arabic. Created once per database. */
    public void ensurePublication() {
        if (publications.current().isEmpty()) {
            publications.create(Publication.of("The Test Courier", "en,es,ar"));
        }
    }

    public Actor person(Role role) {
        ensurePublication();
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        return accounts.create(email, "Test " + role.name().toLowerCase(), role, null);
    }

    /** Signs the request in as an existing account, with that account's role. */
    public static RequestPostProcessor as(Actor actor) {
        return SecurityMockMvcRequestPostProcessors.user(actor.email())
                .roles(actor.role().name());
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ArticleContent content(String title) {
        return ArticleContent.of(
                title,
                "A standfirst.",
                "## Heading\n\nBody text.",
                "Editorial Board",
                "IT",
                LocalDate.of(2026, 11, 3),
                null);
    }

    public Article draft(Actor author, String language, String title) {
        return newsroom.create(author, language, content(title));
    }

    public Article published(Actor editor, String language, String title) {
        Article draft = draft(editor, language, title);
        return newsroom.publish(editor, draft.id());
    }

    public Article published(Actor editor, String language, ArticleContent content) {
        return newsroom.publish(
                editor, newsroom.create(editor, language, content).id());
    }

    public Newsroom newsroom() {
        return newsroom;
    }
}
