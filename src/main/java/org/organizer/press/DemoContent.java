package org.organizer.press;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo}, an empty installation gets a sample publication in English, Spanish and Arabic so
 * there is something to read and edit. It never touches an installation that already has a publication.
 * The demo accounts have no password: nobody can sign in with them until a password is set.
 */
@Component
@ConditionalOnProperty(name = "organizer.demo", havingValue = "true")
class DemoContent {

    static final String EDITOR_EMAIL = "editor@demo.invalid";
    static final String ADMINISTRATOR_EMAIL = "admin@demo.invalid";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Publications publications;
    private final Accounts accounts;
    private final Newsroom newsroom;
    private final TransactionTemplate transaction;

    DemoContent(Publications publications, Accounts accounts, Newsroom newsroom, TransactionTemplate transaction) {
        this.publications = publications;
        this.accounts = accounts;
        this.newsroom = newsroom;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (publications.current().isPresent()) {
            log.info("A publication exists; demo content not loaded");
            return;
        }
        String adminPassword = transaction.execute(status -> loadIntoEmptyInstallation());
        if (adminPassword != null) {
            // A random password, shown once, so a newcomer can sign in; there is no default password.
            log.info(
                    "Demo publication loaded. Sign in at /login as {} with the password {} (shown only now).",
                    ADMINISTRATOR_EMAIL,
                    adminPassword);
        }
    }

    /** Returns the demo administrator's password, or null when another process loaded the demo first. */
    private @Nullable String loadIntoEmptyInstallation() {
        if (!publications.create(Publication.of("The Workers' Courier", "en,es,ar"))) {
            return null;
        }
        String adminPassword =
                accounts.createWithRandomPassword(ADMINISTRATOR_EMAIL, "Demo Administrator", Role.ADMINISTRATOR);
        Actor editor = accounts.byEmail(EDITOR_EMAIL)
                .orElseGet(() -> accounts.create(EDITOR_EMAIL, "Demo Editor", Role.EDITOR, null));
        for (DemoArticles.Story story : DemoArticles.STORIES) {
            publish(editor, story);
        }
        return adminPassword;
    }

    private void publish(Actor editor, DemoArticles.Story story) {
        List<DemoArticles.Text> texts = story.texts();
        Article original = newsroom.create(editor, texts.getFirst().language(), content(story, texts.getFirst()));
        newsroom.publish(editor, original.id());
        for (DemoArticles.Text text : texts.subList(1, texts.size())) {
            Article translation = newsroom.addTranslation(editor, original.id(), text.language(), content(story, text));
            newsroom.publish(editor, translation.id());
        }
    }

    private static ArticleContent content(DemoArticles.Story story, DemoArticles.Text text) {
        return ArticleContent.of(
                text.title(), text.standfirst(), text.body(), text.byline(), story.country(), story.dateline(), null);
    }
}
