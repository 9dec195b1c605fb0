package org.organizer.press;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.media.PhotoView;
import org.organizer.media.Photos;
import org.organizer.press.editions.DemoEdition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo}, an empty installation gets a sample publication in English, Spanish and Arabic so
 * there is something to read and edit: articles of every kind, illustrations drawn for the demo as their
 * lead photos, and a published edition No. 1 in each language with country sections, a supplement and a
 * cover, whose PDF can be downloaded at once. It never touches an installation that already has a publication.
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
    private final Photos photos;
    private final DemoEdition edition;
    private final TransactionTemplate transaction;

    DemoContent(
            Publications publications,
            Accounts accounts,
            Newsroom newsroom,
            Photos photos,
            DemoEdition edition,
            TransactionTemplate transaction) {
        this.publications = publications;
        this.accounts = accounts;
        this.newsroom = newsroom;
        this.photos = photos;
        this.edition = edition;
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
        // For each story, its article in each language.
        Map<DemoArticles.Story, Map<String, ArticleId>> articles = new HashMap<>();
        for (DemoArticles.Story story : DemoArticles.STORIES) {
            articles.put(story, publish(editor, story));
        }
        for (String language : List.of("en", "es", "ar")) {
            publishEdition(editor, language, articles);
        }
        return adminPassword;
    }

    private Map<String, ArticleId> publish(Actor editor, DemoArticles.Story story) {
        Map<String, ArticleId> ids = new HashMap<>();
        List<DemoArticles.Text> texts = story.texts();
        Article original = newsroom.create(editor, texts.getFirst().language(), content(story, texts.getFirst()));
        ids.put(original.language(), original.id());
        if (story.illustration() != null) {
            // Set before translating: each translation then shows it, captioned in its own language.
            newsroom.setLeadPhoto(
                    editor, original.id(), upload(editor, story.illustration()).id());
        }
        newsroom.publish(editor, original.id());
        for (DemoArticles.Text text : texts.subList(1, texts.size())) {
            Article translation = newsroom.addTranslation(editor, original.id(), text.language(), content(story, text));
            newsroom.publish(editor, translation.id());
            ids.put(translation.language(), translation.id());
        }
        return ids;
    }

    /** Draws the illustration and stores it through media's ordinary upload (re-encoding, sizes, texts). */
    private PhotoView upload(Actor editor, DemoArticles.Illustration illustration) {
        List<Photos.Text> texts = illustration.captions().stream()
                .map(c -> new Photos.Text(c.language(), c.alt(), c.caption(), c.credit()))
                .toList();
        return photos.upload(editor, illustration.drawing().png(), texts);
    }

    /** Edition No. 1: the editorial, three country sections and a supplement of documents. */
    private void publishEdition(
            Actor editor, String language, Map<DemoArticles.Story, Map<String, ArticleId>> articles) {
        List<DemoEdition.Section> sections = new ArrayList<>();
        ArticleId cover = null;
        for (DemoSection section : DemoSection.values()) {
            List<ArticleId> placed = new ArrayList<>();
            for (DemoArticles.Story story : DemoArticles.STORIES) {
                if (section.holds(story)) {
                    placed.add(articles.get(story).get(language));
                    if (story.kind() == ArticleKind.REPORT && cover == null) {
                        cover = articles.get(story).get(language);
                    }
                }
            }
            sections.add(new DemoEdition.Section(
                    section.title(language), section.country, section.supplement, List.copyOf(placed)));
        }
        if (cover == null) {
            throw new IllegalStateException("the demo edition has no report for its cover");
        }
        edition.publish(editor, language, EDITION_DATE, sections, cover);
    }

    static final LocalDate EDITION_DATE = LocalDate.of(2026, 11, 12);

    /** The sections of the demo edition, in printed order; a story goes in the first one that holds it. */
    private enum DemoSection {
        EDITORIAL(null, false, "Editorial", "Editorial", "الافتتاحية"),
        ITALY("IT", false, "Italy", "Italia", "إيطاليا"),
        TUNISIA("TN", false, "Tunisia", "Túnez", "تونس"),
        ARGENTINA("AR", false, "Argentina", "Argentina", "الأرجنتين"),
        DOCUMENTS(null, true, "Documents", "Documentos", "وثائق");

        final @Nullable String country;
        final boolean supplement;
        private final Map<String, String> titles;

        DemoSection(@Nullable String country, boolean supplement, String en, String es, String ar) {
            this.country = country;
            this.supplement = supplement;
            this.titles = Map.of("en", en, "es", es, "ar", ar);
        }

        String title(String language) {
            return titles.get(language);
        }

        boolean holds(DemoArticles.Story story) {
            if (story.kind().isNote()) {
                return false;
            }
            return switch (this) {
                case EDITORIAL -> story.kind() == ArticleKind.EDITORIAL;
                case DOCUMENTS ->
                    story.kind() == ArticleKind.STATEMENT || story.kind() == ArticleKind.REPRODUCED_APPEAL;
                default -> story.country().equals(country);
            };
        }
    }

    private static ArticleContent content(DemoArticles.Story story, DemoArticles.Text text) {
        return ArticleContent.of(
                text.title(),
                text.standfirst(),
                text.body(),
                text.byline(),
                story.country(),
                story.dateline(),
                null,
                story.kind(),
                text.place(),
                text.originalAuthor(),
                story.originalDate());
    }
}
