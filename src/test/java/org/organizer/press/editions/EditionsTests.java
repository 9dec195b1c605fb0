package org.organizer.press.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleSummary;
import org.organizer.press.EditionPublished;
import org.organizer.press.EditionUnpublished;
import org.organizer.press.PublishedEditionChanged;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Composing an edition: sections in order, supplements after them, one place per article, the cover. */
@PressTest
@RecordApplicationEvents
class EditionsTests {

    @Autowired
    Editions editions;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    ApplicationEvents events;

    Actor editor;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
    }

    Edition newEdition(String language) {
        return editions.create(
                editor,
                language,
                EditionDetails.of(
                        editions.nextNumber(editor, language),
                        LocalDate.of(2026, 12, 1),
                        "EUR",
                        new BigDecimal("1.50"),
                        new BigDecimal("3.00")));
    }

    @Test
    void supplementsComeAfterTheMainSectionsWhateverTheOrderTheyWereAddedIn() {
        Edition e = newEdition("en");
        e = editions.addSection(editor, e.id(), "Tunisia supplement", "TN", true);
        e = editions.addSection(editor, e.id(), "Italy", "it", false);
        e = editions.addSection(editor, e.id(), "Argentina", "AR", false);
        assertThat(titles(editions.edition(editor, e.id())))
                .containsExactly("Italy", "Argentina", "Tunisia supplement");

        SectionId argentina = e.mainSections().get(1).id();
        e = editions.moveSection(editor, e.id(), argentina, Direction.UP);
        e = editions.moveSection(editor, e.id(), argentina, Direction.UP);
        assertThat(titles(editions.edition(editor, e.id())))
                .containsExactly("Argentina", "Italy", "Tunisia supplement");
        assertThat(editions.edition(editor, e.id()).sections().getFirst().country())
                .isEqualTo("AR");
    }

    @Test
    void articlesKeepTheirOrderMoveBetweenSectionsAndHaveOnePlaceInAnEdition() {
        Edition e = newEdition("en");
        e = editions.addSection(editor, e.id(), "Italy", null, false);
        e = editions.addSection(editor, e.id(), "Chile", null, false);
        SectionId italy = e.sections().get(0).id();
        SectionId chile = e.sections().get(1).id();
        Article first = newsrooms.published(editor, "en", Newsrooms.unique("First"));
        Article second = newsrooms.draft(editor, "en", Newsrooms.unique("Second"));
        editions.addArticle(editor, e.id(), italy, first.id());
        e = editions.addArticle(editor, e.id(), italy, second.id());

        e = editions.moveArticle(editor, e.id(), second.id(), Direction.UP);
        assertThat(editions.edition(editor, e.id()).section(italy).articles()).containsExactly(second.id(), first.id());

        EditionId id = e.id();
        assertThatThrownBy(() -> editions.addArticle(editor, id, chile, first.id()))
                .isInstanceOf(EditionConflict.class);

        e = editions.moveArticleTo(editor, id, first.id(), chile);
        Edition stored = editions.edition(editor, id);
        assertThat(stored.section(italy).articles()).containsExactly(second.id());
        assertThat(stored.section(chile).articles()).containsExactly(first.id());
    }

    @Test
    void onlyArticlesOfTheEditionsLanguageCanBePlaced() {
        Edition e = editions.addSection(editor, newEdition("en").id(), "Italy", null, false);
        Article spanish = newsrooms.published(editor, "es", Newsrooms.unique("Huelga"));
        assertThatThrownBy(() -> editions.addArticle(
                        editor, e.id(), e.sections().getFirst().id(), spanish.id()))
                .isInstanceOfSatisfying(
                        InvalidEdition.class,
                        x -> assertThat(x.errors()).containsExactly("press.edition.error.article"));
        Article english = newsrooms.draft(editor, "en", Newsrooms.unique("Strike"));
        assertThat(editions.candidates(editor, e))
                .extracting(ArticleSummary::id)
                .contains(english.id())
                .doesNotContain(spanish.id());
    }

    @Test
    void theCoverIsOneOfTheEditionsArticlesAndLeavesWithIt() {
        Edition e = editions.addSection(editor, newEdition("en").id(), "Italy", null, false);
        SectionId italy = e.sections().getFirst().id();
        Article lead = newsrooms.published(editor, "en", Newsrooms.unique("Lead"));
        Article elsewhere = newsrooms.published(editor, "en", Newsrooms.unique("Elsewhere"));
        EditionId id = e.id();
        assertThatThrownBy(() -> editions.setCover(editor, id, lead.id())).isInstanceOf(EditionConflict.class);

        editions.addArticle(editor, id, italy, lead.id());
        assertThat(editions.setCover(editor, id, lead.id()).cover()).isEqualTo(lead.id());
        assertThat(editions.preview(editor, id).cover().title()).isEqualTo(lead.title());

        assertThat(editions.removeArticle(editor, id, lead.id()).cover()).isNull();
        editions.addArticle(editor, id, italy, elsewhere.id());
        editions.setCover(editor, id, elsewhere.id());
        Edition withoutSection = editions.removeSection(editor, id, italy);
        assertThat(withoutSection.cover()).isNull();
        assertThat(editions.edition(editor, id).articles()).isEmpty();
    }

    @Test
    void theSameNumberTwiceInALanguageIsAConflictButOtherLanguagesHaveTheirOwnNumbers() {
        int number = Math.max(editions.nextNumber(editor, "en"), editions.nextNumber(editor, "ar"));
        EditionDetails details =
                EditionDetails.of(number, LocalDate.of(2026, 12, 1), "EUR", BigDecimal.ONE, BigDecimal.TWO);
        assertThat(editions.create(editor, "en", details).number()).isEqualTo(number);
        assertThat(editions.create(editor, "ar", details).number()).isEqualTo(number);
        assertThatThrownBy(() -> editions.create(editor, "en", details))
                .isInstanceOfSatisfying(
                        EditionConflict.class,
                        e -> assertThat(e.status().value()).isEqualTo(409));
    }

    @Test
    void correspondentsCannotComposeEditions() {
        Actor correspondent = newsrooms.person(Role.CORRESPONDENT);
        Edition e = newEdition("en");
        assertThatThrownBy(() -> editions.publish(correspondent, e.id())).isInstanceOf(EditionAccessDenied.class);
        assertThatThrownBy(() -> editions.all(correspondent)).isInstanceOf(EditionAccessDenied.class);
    }

    @Test
    void publishingTwiceIsRefused() {
        Edition e = newEdition("en");
        editions.publish(editor, e.id());
        assertThatThrownBy(() -> editions.publish(editor, e.id())).isInstanceOf(EditionConflict.class);
        assertThat(editions.unpublish(editor, e.id()).state()).isEqualTo(EditionState.DRAFT);
    }

    @Test
    void publishingChangingAndUnpublishingAnEditionAreAnnounced() {
        Edition e = newEdition("en");
        editions.addSection(editor, e.id(), "Draft-time section", null, false);
        assertThat(events.stream(PublishedEditionChanged.class)).isEmpty();

        editions.publish(editor, e.id());
        EditionDetails renumbered = EditionDetails.of(
                editions.nextNumber(editor, "en"), LocalDate.of(2026, 12, 2), "EUR", BigDecimal.ONE, BigDecimal.ONE);
        editions.update(editor, e.id(), renumbered);
        editions.unpublish(editor, e.id());

        assertThat(events.stream(EditionPublished.class))
                .containsExactly(new EditionPublished(e.id().value(), "en", e.number()));
        assertThat(events.stream(PublishedEditionChanged.class))
                .containsExactly(new PublishedEditionChanged(e.id().value(), "en", renumbered.number(), e.number()));
        assertThat(events.stream(EditionUnpublished.class))
                .containsExactly(new EditionUnpublished(e.id().value(), "en", renumbered.number()));
    }

    private static List<String> titles(Edition e) {
        return e.sections().stream().map(EditionSection::title).toList();
    }
}
