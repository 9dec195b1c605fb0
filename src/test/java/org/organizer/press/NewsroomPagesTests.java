package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class NewsroomPagesTests {

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

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/admin")).hasStatus3xxRedirection();
    }

    @Test
    void theNewsroomSpeaksTheInterfaceLanguageChosenFromItsSwitcher() {
        assertThat(mvc.get().uri("/admin").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Newsroom</h1>")
                .contains("href=\"/admin?lang=ar\" lang=\"ar\"");
        assertThat(mvc.get().uri("/admin?lang=es").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"es\" dir=\"ltr\">")
                .contains("<h1>Redacción</h1>");
        assertThat(mvc.get().uri("/admin?lang=ar").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void aCorrespondentWritesADraftThroughTheForm() {
        String title = unique("Assembly in the depot");
        MvcTestResult result = mvc.post()
                .uri("/admin/articles")
                .with(as(correspondent))
                .with(csrf())
                .param("language", "en")
                .param("title", title)
                .param("standfirst", "Drivers vote.")
                .param("body", "## Vote\n\n- one")
                .param("byline", "Correspondent in Buenos Aires")
                .param("country", "AR")
                .param("dateline", "2026-10-14")
                .param("slug", "")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/articles/");

        assertThat(mvc.get().uri(location).with(as(correspondent)))
                .hasStatusOk()
                .bodyText()
                .contains(title)
                .contains("name=\"_csrf\"")
                .contains("/submit\"")
                .doesNotContain("/publish\"");
        assertThat(mvc.get().uri("/admin").with(as(correspondent)))
                .hasStatusOk()
                .bodyText()
                .contains(title);
    }

    @Test
    void anInvalidFormComesBackWithWhatWasTypedAndTranslatedMessages() {
        assertThat(mvc.post()
                        .uri("/admin/articles")
                        .cookie(new jakarta.servlet.http.Cookie("lang", "es"))
                        .with(as(correspondent))
                        .with(csrf())
                        .param("language", "en")
                        .param("title", "Kept title")
                        .param("byline", "")
                        .param("country", "XX")
                        .param("dateline", "not a date")
                        .param("slug", "Bad slug!"))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Kept title\"")
                .contains("value=\"Bad slug!\"")
                .contains("Elija un país.")
                .contains("La dirección solo puede contener letras");
    }

    @Test
    void aCorrespondentCannotPublishFromThePage() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Not mine to publish"));
        assertThat(mvc.post()
                        .uri("/admin/articles/{id}/publish", draft.id())
                        .with(as(correspondent))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(newsrooms.newsroom().article(editor, draft.id()).state()).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void anEditorPublishesAndTheHistoryRecordsIt() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Ready"));
        newsrooms.newsroom().submit(correspondent, draft.id());

        assertThat(mvc.post()
                        .uri("/admin/articles/{id}/publish", draft.id())
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/articles/{id}", draft.id()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("/unpublish\"")
                .contains("Add a translation in Español")
                .contains("Test editor");
        assertThat(newsrooms.newsroom().history(draft.id()))
                .extracting(ArticleHistoryEntry::to)
                .containsExactly(ArticleState.DRAFT, ArticleState.SUBMITTED, ArticleState.PUBLISHED);
        assertThat(mvc.get().uri(PublicPages.path("en", draft.slug()))).hasStatusOk();
    }

    @Test
    void addingATranslationOpensTheNewDraft() {
        Article original = newsrooms.published(editor, "en", unique("To translate"));
        MvcTestResult result = mvc.post()
                .uri("/admin/articles/{id}/translations", original.id())
                .with(as(editor))
                .with(csrf())
                .param("language", "es")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("lang=\"es\"")
                .doesNotContain("Add a translation in Español");
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() {
        Article draft = newsrooms.draft(editor, "en", unique("Guarded"));
        assertThat(mvc.post().uri("/admin/articles/{id}/archive", draft.id()).with(as(editor)))
                .hasStatus(403);
    }

    @Test
    void anotherCorrespondentsDraftIsNotFound() {
        Article draft = newsrooms.draft(correspondent, "en", unique("Private"));
        Actor other = newsrooms.person(Role.CORRESPONDENT);
        assertThat(mvc.get().uri("/admin/articles/{id}", draft.id()).with(as(other)))
                .hasStatus(404);
    }
}
