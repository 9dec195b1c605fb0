package org.organizer.network.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.organizer.network.endorsements.EndorsementFixtures.form;
import static org.organizer.network.endorsements.EndorsementFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.Organisations;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.InvalidArticle;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Articles embed the current endorsers of a call with a line [[endorsers:<call address>]]. */
@PressTest
class EmbeddedEndorsersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Organisations organisations;

    @Autowired
    Calls calls;

    @Autowired
    EndorsementRepository repository;

    EndorsementFixtures fixtures;

    @BeforeEach
    void network() {
        fixtures = new EndorsementFixtures(mvc, newsrooms, organisations, calls);
    }

    private static ArticleContent article(String title, String body) {
        return ArticleContent.of(title, "Entradilla.", body, "Redacción", "ES", LocalDate.of(2026, 11, 20), null);
    }

    private String page(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void approve(CallId call, String name) {
        EndorsementRepository.Stored e = repository.ofCall(call).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/endorsements/{e}/approve", call, e.id())
                        .with(as(fixtures.editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();
    }

    @Test
    void anArticleShowsTheCurrentEndorsersOfTheCallGroupedByCountryAndEscapedEvenWhenItsPageWasCached()
            throws Exception {
        CallId call = fixtures.openCall("Embedded " + unique());
        String name = "Colectivo <b>" + unique() + "</b>";
        fixtures.endorseAndConfirm(fixtures.slug(call), form(name, "embed-" + unique() + "@example.org"));
        approve(call, name);
        Article article = newsrooms.published(
                fixtures.editor,
                "es",
                article(
                        "Artículo con respaldos " + unique(),
                        "Antes.\n\n[[endorsers:" + fixtures.slug(call, "en") + "]]\n\nDespués."));
        String uri = "/es/articles/" + article.slug();

        assertThat(page(uri))
                .contains("Organizaciones que respaldan el llamamiento «Llamamiento Embedded")
                .contains("España: 1", "Colectivo &lt;b&gt;", "/es/calls/" + fixtures.slug(call, "es"))
                .doesNotContain("<b>", "[[endorsers:", "embed-");

        String later = "Sindicato tardío " + unique();
        Map<String, String> second = form(later, "late-" + unique() + "@example.org");
        second.put("country", "MA");
        fixtures.endorseAndConfirm(fixtures.slug(call), second);
        assertThat(page(uri)).doesNotContain(later);
        approve(call, later);

        assertThat(page(uri)).contains(later, "Marruecos: 1", "España: 1");
    }

    @Test
    void anArticleEmbeddingACallThatDoesNotExistIsRefusedWithATranslatedMessage() {
        String missing = "no-such-call-" + unique();

        assertThatThrownBy(() -> newsrooms
                        .newsroom()
                        .create(
                                fixtures.editor,
                                "es",
                                article("Sin llamamiento " + unique(), "[[endorsers:" + missing + "]]")))
                .isInstanceOf(InvalidArticle.class)
                .satisfies(e -> assertThat(((InvalidArticle) e).errors()).containsExactly("network.embed.unknownCall"));
        assertThatThrownBy(() -> newsrooms
                        .newsroom()
                        .create(fixtures.editor, "es", article("Bloque raro " + unique(), "[[petitions:x]]")))
                .isInstanceOf(InvalidArticle.class)
                .satisfies(e -> assertThat(((InvalidArticle) e).errors()).containsExactly("press.article.error.embed"));
    }

    @Test
    void theEditorFormSaysInTheWritersLanguageWhichCallIsUnknown() throws Exception {
        MvcTestResult answer = mvc.post()
                .uri("/admin/articles")
                .with(as(fixtures.editor))
                .with(csrf())
                .header("Accept-Language", "es")
                .param("language", "es")
                .param("title", "Formulario " + unique())
                .param("standfirst", "")
                .param("body", "[[endorsers:nada-" + unique() + "]]")
                .param("byline", "Redacción")
                .param("country", "ES")
                .param("dateline", "2026-11-20")
                .param("kind", org.organizer.press.ArticleKind.DEFAULT.name())
                .exchange();

        assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("El texto incluye los respaldos de un llamamiento que no existe");
    }
}
