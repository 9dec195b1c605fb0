package org.organizer.press.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleKind;
import org.organizer.press.PrintableEdition;
import org.organizer.press.support.EditionForms;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Notes live on the notes page and the channel: editions refuse them, in the admin and through the API. */
@PressTest
class NotesInEditionsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    PrintableEdition.Source printable;

    @Autowired
    Editions editions;

    Actor editor;
    EditionForms forms;

    @BeforeEach
    void people() {
        editor = newsrooms.person(Role.EDITOR);
        forms = new EditionForms(mvc, editor, printable);
    }

    @Test
    void theEditionFormRefusesANoteWithAClearMessageAndDoesNotOfferIt() {
        Article note = note(unique("Gate note"));
        String edition = forms.create("en", EditionForms.freeNumber());
        forms.addSection(edition, "Italy", false);
        PrintableEdition.Section italy = forms.composition(edition).sections().getFirst();

        assertThat(mvc.get().uri(edition).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(note.title());
        assertThat(forms.post(
                        edition + "/articles",
                        "section",
                        italy.id().toString(),
                        "article",
                        note.id().toString()))
                .hasStatus(400)
                .bodyText()
                .contains("Notes are never placed in an edition; they appear on the notes page.");
        assertThat(forms.composition(edition).sections().getFirst().articles()).isEmpty();
    }

    @Test
    void theEditionsApiRefusesANoteWithAProblemDetail() {
        Article note = note(unique("Api gate note"));
        Edition edition = editions.create(
                editor,
                "en",
                EditionDetails.of(
                        EditionForms.freeNumber(),
                        LocalDate.of(2026, 12, 1),
                        "EUR",
                        new java.math.BigDecimal("1.50"),
                        new java.math.BigDecimal("3.00")));
        Edition withSection = editions.addSection(editor, edition.id(), "Italy", "IT", false);
        SectionId section = withSection.sections().getFirst().id();

        MvcTestResult placed = mvc.post()
                .uri("/api/v1/editions/{id}/articles", edition.id())
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"section\":\"%s\",\"article\":\"%s\"}".formatted(section, note.id()))
                .exchange();
        assertThat(placed).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(placed)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Notes are never placed in an edition; they appear on the notes page.");
        assertThat(editions.edition(editor, edition.id()).articles()).isEmpty();
    }

    private Article note(String title) {
        Actor correspondent = newsrooms.person(Role.CORRESPONDENT);
        var newsroom = newsrooms.newsroom();
        Article draft = newsroom.create(
                correspondent,
                "en",
                ArticleContent.of(
                        title,
                        "",
                        "At the gate.",
                        "Correspondent",
                        "IT",
                        LocalDate.of(2026, 11, 29),
                        null,
                        ArticleKind.NOTE,
                        null,
                        null,
                        null));
        return newsroom.publish(correspondent, draft.id());
    }
}
