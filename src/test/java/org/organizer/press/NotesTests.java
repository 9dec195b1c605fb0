package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PhotoUploads;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Correspondents' notes: written and published by their writers, kept short, never reviewed first. */
@PressTest
@RecordApplicationEvents
class NotesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    ApplicationEvents events;

    Actor correspondent;
    Actor editor;

    @BeforeEach
    void people() {
        correspondent = newsrooms.person(Role.CORRESPONDENT);
        editor = newsrooms.person(Role.EDITOR);
    }

    @Test
    void aCorrespondentWritesAndPublishesTheirOwnNoteThroughTheNewsroomForm() {
        String title = unique("Pickets at the gate");
        MvcTestResult created = mvc.post()
                .uri("/admin/articles")
                .with(as(correspondent))
                .with(csrf())
                .param("language", "en")
                .param("kind", "NOTE")
                .param("title", title)
                .param("body", "Two hundred at the gate since *dawn*.")
                .param("byline", "Correspondent in Genoa")
                .param("country", "IT")
                .param("dateline", "2026-11-29")
                .param("place", "Genoa")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl().replaceAll("\\?.*$", "");
        ArticleId id = new ArticleId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));

        assertThat(mvc.get().uri(location).with(as(correspondent)))
                .hasStatusOk()
                .bodyText()
                .contains("/publish\"")
                .doesNotContain("/unpublish\"");
        assertThat(mvc.post().uri(location + "/publish").with(as(correspondent)).with(csrf()))
                .hasStatus3xxRedirection();

        Article note = newsrooms.newsroom().article(editor, id);
        assertThat(note.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(note.content().kind()).isEqualTo(ArticleKind.NOTE);
        assertThat(newsrooms.newsroom().history(id))
                .extracting(ArticleHistoryEntry::from, ArticleHistoryEntry::to, ArticleHistoryEntry::actorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ArticleState.DRAFT, "Test correspondent"),
                        org.assertj.core.groups.Tuple.tuple(
                                ArticleState.DRAFT, ArticleState.PUBLISHED, "Test correspondent"));
        assertThat(events.stream(ArticlePublished.class))
                .anyMatch(e -> e.article().equals(id));
        assertThat(mvc.get().uri(note.path()))
                .hasStatusOk()
                .bodyText()
                .contains(title)
                .contains("<em>dawn</em>")
                .contains("<span class=\"kind\">Note</span>");
    }

    @Test
    void aCorrespondentPublishesTheirOwnNoteThroughTheApi() {
        String id = createdByApi(correspondent, "NOTE", "Short and sweet.");
        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", id).with(as(correspondent)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("PUBLISHED");
        assertThat(mvc.get().uri("/api/v1/articles/{id}", id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("NOTE");
    }

    @Test
    void aCorrespondentStillCannotPublishAReportNorSomeoneElsesNote() {
        String report = createdByApi(correspondent, "REPORT", "A longer report.");
        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", report).with(as(correspondent)))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

        Actor colleague = newsrooms.person(Role.CORRESPONDENT);
        String othersNote = createdByApi(colleague, "NOTE", "Not yours.");
        newsrooms.newsroom().submit(colleague, new ArticleId(UUID.fromString(othersNote)));
        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", othersNote).with(as(correspondent)))
                .hasStatus(404);

        Article reportDraft = newsrooms.draft(correspondent, "en", unique("Form report"));
        assertThat(mvc.post()
                        .uri("/admin/articles/{id}/publish", reportDraft.id())
                        .with(as(correspondent))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(newsrooms.newsroom().article(editor, reportDraft.id()).state())
                .isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void aNoteAnEditorUnpublishedCannotBePublishedAgainByItsWriter() {
        String id = createdByApi(correspondent, "NOTE", "Too hasty.");
        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", id).with(as(correspondent)))
                .hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/articles/{id}/unpublish", id).with(as(editor)))
                .hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", id).with(as(correspondent)))
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/articles/{id}/archive", id).with(as(correspondent)))
                .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/articles/{id}/archive", id).with(as(editor)))
                .hasStatusOk();
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRefusedWithAClearMessage() {
        String tooLong = "ن".repeat(ArticleContent.MAX_NOTE_BODY + 1);
        assertThat(mvc.post()
                        .uri("/admin/articles")
                        .with(as(correspondent))
                        .with(csrf())
                        .param("language", "en")
                        .param("kind", "NOTE")
                        .param("title", "Kept title")
                        .param("body", tooLong)
                        .param("byline", "Correspondent")
                        .param("country", "EG")
                        .param("dateline", "2026-11-29"))
                .hasStatusOk()
                .bodyText()
                .contains("A note needs a text of at most 2,000 characters.")
                .contains("value=\"Kept title\"");

        MvcTestResult api = mvc.post()
                .uri("/api/v1/articles")
                .with(as(correspondent))
                .header("Accept-Language", "es")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json("NOTE", tooLong))
                .exchange();
        assertThat(api).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Una nota necesita un texto de 2.000 caracteres como máximo.");

        // Exactly the limit, counted in characters even outside the Basic Multilingual Plane, is fine.
        assertThat(createdByApi(correspondent, "NOTE", "✊".repeat(1000) + "𓀀".repeat(1000)))
                .isNotBlank();
    }

    @Test
    void theNotesPageShowsNotesOfItsLanguageNewestFirstWithPhotoAndEscapedText() throws Exception {
        Article older = publishedNote("en", unique("Older note"), "First **news**.");
        Article newer = publishedNote("en", unique("Newer <b>note</b>"), "<script>alert(1)</script> Later news.");
        Article spanish = publishedNote("es", unique("Nota en español"), "Noticia.");
        String photo = uploadPhoto("Pickets by a brazier");
        newsrooms.newsroom().setLeadPhoto(editor, older.id(), new org.organizer.media.PhotoId(UUID.fromString(photo)));

        MvcTestResult page = mvc.get().uri("/en/notes").exchange();
        assertThat(page)
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("<meta http-equiv=\"refresh\" content=\"60\">")
                .contains("<h1>Notes from our correspondents</h1>")
                .contains("<strong>news</strong>")
                .contains("Newer &lt;b&gt;note&lt;/b&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain(spanish.title())
                .contains("srcset=\"/media/photos/" + photo + "/")
                .contains("Pickets by a brazier")
                .doesNotContain("<script");
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html.indexOf(newer.path())).isPositive().isLessThan(html.indexOf(older.path()));

        assertThat(mvc.get().uri("/en/notes?before={id}", newer.id()))
                .hasStatusOk()
                .bodyText()
                .contains(older.path())
                .doesNotContain(newer.path())
                .doesNotContain("http-equiv=\"refresh\"")
                .contains("href=\"/en/notes\"");
        assertThat(mvc.get().uri("/en/notes?before=nonsense")).hasStatus(400);
        assertThat(mvc.get().uri("/fr/notes")).hasStatus(404);
    }

    @Test
    void publishingANoteShowsItOnTheCachedNotesPageAtOnce() {
        assertThat(mvc.get().uri("/en/notes")).hasStatusOk().headers().containsHeader("ETag");
        String title = unique("Breaking at the depot");

        publishedNote("en", title, "The depot is out.");

        assertThat(mvc.get().uri("/en/notes")).hasStatusOk().bodyText().contains(title);
    }

    @Test
    void theNotesPageSpeaksArabicRightToLeftAndSpanish() {
        String arabic = unique("إضراب في الميناء");
        String spanishTitle = unique("Huelga en el puerto");
        publishedNote("ar", arabic, "العمال عند البوابة.");
        publishedNote("es", spanishTitle, "Los trabajadores en la puerta.");

        assertThat(mvc.get().uri("/ar/notes"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<h1>ملاحظات مراسلينا</h1>")
                .contains(arabic)
                .doesNotContain(spanishTitle);
        assertThat(mvc.get().uri("/es/notes"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"es\" dir=\"ltr\">")
                .contains("<h1>Notas de nuestros corresponsales</h1>")
                .contains(spanishTitle)
                .contains("Los trabajadores en la puerta.");
    }

    @Test
    void notesStayOffTheFrontPageListButAreNamedInItsLatestNotesBox() {
        String title = unique("Front page note");
        Article note = publishedNote("en", title, "Quick.");
        Article report = newsrooms.published(editor, "en", unique("Front page report"));

        assertThat(mvc.get().uri("/en/"))
                .hasStatusOk()
                .bodyText()
                .contains("<h2 dir=\"auto\"><a href=\"" + report.path() + "\">")
                .doesNotContain("<h2 dir=\"auto\"><a href=\"" + note.path() + "\">")
                .contains("<h2 id=\"latest-notes\">Latest notes</h2>")
                .contains("<a href=\"" + note.path() + "\" dir=\"auto\">" + title + "</a>")
                .contains("<a href=\"/en/notes\">");
    }

    private String uploadPhoto(String caption) throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", jpeg);
        return PhotoUploads.upload(mvc, editor, jpeg.toByteArray(), "en", caption, "");
    }

    private Article publishedNote(String language, String title, String body) {
        Newsroom newsroom = newsrooms.newsroom();
        Article draft = newsroom.create(
                correspondent,
                language,
                ArticleContent.of(
                        title,
                        "",
                        body,
                        "Correspondent",
                        "IT",
                        LocalDate.of(2026, 11, 29),
                        null,
                        ArticleKind.NOTE,
                        "Genoa",
                        null,
                        null));
        return newsroom.publish(correspondent, draft.id());
    }

    private String createdByApi(Actor actor, String kind, String body) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/articles")
                .with(as(actor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(kind, body))
                .exchange();
        assertThat(created).hasStatus(201);
        return JsonPath.read(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.id");
    }

    private static String json(String kind, String body) {
        return """
                {"language":"en","title":"%s","body":"%s","byline":"Correspondent","country":"IT",
                 "dateline":"2026-11-29","kind":"%s"}""".formatted(unique("Api note"), body, kind);
    }
}
