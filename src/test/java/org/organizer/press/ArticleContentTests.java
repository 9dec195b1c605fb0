package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleContentTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    @Test
    void everyProblemIsReportedAtOnceAsMessageKeys() {
        assertThatThrownBy(() -> ArticleContent.of(" ", null, "x".repeat(200_001), "", "XX", null, "Bad Slug"))
                .isInstanceOfSatisfying(
                        InvalidArticle.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "press.article.error.title",
                                        "press.article.error.body",
                                        "press.article.error.byline",
                                        "press.article.error.country",
                                        "press.article.error.dateline",
                                        "press.article.error.slug"));
    }

    @Test
    void aBodyOfExactlyTheMaximumLengthIsAccepted() {
        assertThat(ArticleContent.of("T", "", "x".repeat(200_000), "B", "es", DAY, null)
                        .body())
                .hasSize(200_000);
    }

    @Test
    void countriesAreIsoCodesInAnyCase() {
        assertThat(ArticleContent.of("T", "", "", "B", "tn", DAY, null).country())
                .isEqualTo("TN");
        assertThatThrownBy(() -> ArticleContent.of("T", "", "", "B", "UK", DAY, null))
                .isInstanceOf(InvalidArticle.class);
    }

    @Test
    void aChosenSlugIsKeptAndABlankOneLeftToTheTitle() {
        assertThat(ArticleContent.of("T", "", "", "B", "ES", DAY, "Mi-Artículo").slug())
                .isEqualTo("mi-artículo");
        assertThat(ArticleContent.of("T", "", "", "B", "ES", DAY, "  ").slug()).isNull();
    }
}
