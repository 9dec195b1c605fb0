package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class ArticlesApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    Actor correspondent;
    Actor editor;

    @BeforeEach
    void people() {
        correspondent = newsrooms.person(Role.CORRESPONDENT);
        editor = newsrooms.person(Role.EDITOR);
    }

    private static String json(String language, String title, String slug) {
        return """
                {"language":"%s","title":"%s","standfirst":"S","body":"## H\\n\\n- one","byline":"Editorial Board",
                 "country":"es","dateline":"2026-11-03"%s}""".formatted(language, title, slug == null ? "" : ",\"slug\":\"" + slug + "\"");
    }

    private MvcTestResult create(Actor actor, String body) {
        return mvc.post()
                .uri("/api/v1/articles")
                .with(as(actor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void aCorrespondentCreatesADraftAndGetsItsLocation() {
        MvcTestResult result = create(correspondent, json("es", unique("Huelga en el puerto"), null));
        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("DRAFT");
        assertThat(result.getResponse().getHeader("Location")).startsWith("/api/v1/articles/");
        assertThat(result).bodyJson().extractingPath("$.slug").asString().startsWith("huelga-en-el-puerto");
    }

    @Test
    void aCorrespondentCannotPublishButAnEditorCan() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Pay deal"));

        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", draft.id()).with(as(correspondent)))
                .hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/articles/{id}/publish", draft.id()).with(as(editor)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("PUBLISHED");
    }

    @Test
    void publishingTwiceIsAConflict() {
        Article published = newsrooms.published(editor, "en", unique("Once only"));
        assertThat(mvc.post()
                        .uri("/api/v1/articles/{id}/publish", published.id())
                        .with(as(editor)))
                .hasStatus(409)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anonymousReadersSeePublishedArticlesButNotDrafts() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Secret draft"));
        Article published = newsrooms.published(editor, "en", unique("Public report"));

        assertThat(mvc.get().uri("/api/v1/articles/{id}", draft.id())).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/articles/{id}", published.id()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.bodyHtml")
                .asString()
                .contains("<h2>Heading</h2>");
        assertThat(mvc.get().uri("/api/v1/articles/{id}", draft.id()).with(as(correspondent)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/articles/{id}", draft.id()).with(as(editor)))
                .hasStatusOk();
    }

    @Test
    void anotherCorrespondentCannotSeeSomeoneElsesDraft() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Mine"));
        Actor other = newsrooms.person(Role.CORRESPONDENT);
        assertThat(mvc.get().uri("/api/v1/articles/{id}", draft.id()).with(as(other)))
                .hasStatus(404);
    }

    @Test
    void anonymousClientsCannotCreateArticles() {
        assertThat(mvc.post()
                        .uri("/api/v1/articles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("en", "Anonymous", null)))
                .hasStatus(401);
    }

    @Test
    void invalidInputIsAProblemDetailNeverAServerError() {
        assertThat(create(correspondent, json("en", "", null)))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(create(correspondent, json("fr", "Unknown language", null)))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(create(correspondent, json("en", "Bad slug", "Not a slug!")))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(create(correspondent, "{\"title\": ")).hasStatus(400);
        String tooLong = json("en", "Too long", null).replace("## H\\n\\n- one", "x".repeat(200_001));
        assertThat(create(correspondent, tooLong)).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/articles/not-a-uuid")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/articles/{id}", java.util.UUID.randomUUID()))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/articles?size=101")).hasStatus(400);
    }

    @Test
    void aSlugAlreadyUsedInTheLanguageIsAConflict() {
        String slug = "taken-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(create(correspondent, json("en", "First", slug))).hasStatus(201);
        assertThat(create(correspondent, json("en", "Second", slug))).hasStatus(409);
        assertThat(create(correspondent, json("es", "Otro idioma", slug))).hasStatus(201);
    }

    @Test
    void sendingBackNeedsACommentAndReturnsTheArticleToDraft() {
        Article draft = newsrooms.draft(correspondent, "en", unique("To review"));
        newsrooms.newsroom().submit(correspondent, draft.id());

        assertThat(mvc.post()
                        .uri("/api/v1/articles/{id}/send-back", draft.id())
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"\"}"))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/api/v1/articles/{id}/send-back", draft.id())
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Please add the date of the meeting.\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.state")
                .isEqualTo("DRAFT");
        assertThat(newsrooms.newsroom().history(draft.id()))
                .extracting(ArticleHistoryEntry::to, ArticleHistoryEntry::comment)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(ArticleState.DRAFT, "Please add the date of the meeting."));
    }

    @Test
    void aTranslationIsANewDraftInTheSameGroupAndOnlyOnePerLanguage() {
        Article original = newsrooms.published(editor, "en", unique("Dockers meet"));
        String body = "{\"language\":\"ar\",\"title\":\"اجتماع عمال الموانئ\"}";

        MvcTestResult result = mvc.post()
                .uri("/api/v1/articles/{id}/translations", original.id())
                .with(as(correspondent))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(result)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.language")
                .isEqualTo("ar");
        assertThat(result).bodyJson().extractingPath("$.state").isEqualTo("DRAFT");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.translationGroup")
                .isEqualTo(original.translationGroup().toString());
        assertThat(mvc.post()
                        .uri("/api/v1/articles/{id}/translations", original.id())
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(409);
    }

    @Test
    void theListShowsOnlyPublishedArticlesInTheAskedLanguage() {
        Article published = newsrooms.published(editor, "es", unique("Publicado"));
        newsrooms.draft(editor, "es", unique("Borrador"));
        assertThat(mvc.get().uri("/api/v1/articles?lang=es&size=100"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].state")
                .asArray()
                .containsOnly("PUBLISHED");
        assertThat(mvc.get().uri("/api/v1/articles?lang=es&country=IT&size=100"))
                .bodyJson()
                .extractingPath("$.items[*].id")
                .asArray()
                .contains(published.id().toString());
    }

    @Test
    void correspondentsEditOnlyTheirOwnDrafts() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Own"));
        Actor other = newsrooms.person(Role.CORRESPONDENT);
        String update = """
                {"title":"Own, revised","body":"New","byline":"Me","country":"IT","dateline":"2026-11-04"}""";
        assertThat(mvc.put()
                        .uri("/api/v1/articles/{id}", draft.id())
                        .with(as(correspondent))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Own, revised");
        newsrooms.newsroom().submit(correspondent, draft.id());
        assertThat(mvc.put()
                        .uri("/api/v1/articles/{id}", draft.id())
                        .with(as(correspondent))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .hasStatus(403);
        assertThat(mvc.put()
                        .uri("/api/v1/articles/{id}", draft.id())
                        .with(as(other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .hasStatus(404);
    }
}
