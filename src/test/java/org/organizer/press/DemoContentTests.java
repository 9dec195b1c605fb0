package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** --demo on an empty installation: a living site in three languages at once, with an edition and its PDF. */
@SpringBootTest(properties = "organizer.demo=true")
@AutoConfigureMockMvc
class DemoContentTests {

    @Autowired
    Publications publications;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDemoPublishesEveryStoryInEnglishSpanishAndArabicAsLinkedTranslations() {
        assertThat(publications.current())
                .hasValueSatisfying(p -> assertThat(p.languages()).containsExactly("en", "es", "ar"));
        for (String language : new String[] {"en", "es", "ar"}) {
            assertThat(newsroom.published(language, null, 0, 50).total())
                    .as("published in %s", language)
                    .isEqualTo(DemoArticles.STORIES.size());
        }
        var english = newsroom.published("en", null, 0, 50).items().getFirst();
        Article article = newsroom.publishedArticle("en", english.slug());
        assertThat(newsroom.publishedTranslations(article))
                .extracting(Article::language)
                .containsExactlyInAnyOrder("en", "es", "ar");
        assertThat(accounts.byEmail(DemoContent.ADMINISTRATOR_EMAIL))
                .hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR));
    }

    @Test
    void theDemoHasArticlesOfEveryKindInEveryLanguage() {
        for (String language : new String[] {"en", "es", "ar"}) {
            Set<ArticleKind> kinds = EnumSet.noneOf(ArticleKind.class);
            newsroom.published(language, null, 0, 50).items().forEach(a -> kinds.add(a.kind()));
            assertThat(kinds).as("kinds in %s", language).containsExactlyInAnyOrder(ArticleKind.values());
        }
    }

    @Test
    void everyIllustratedStoryShowsItsPhotoWithCaptionAndCreditInEachLanguage() {
        int illustrated = 0;
        for (String language : new String[] {"en", "es", "ar"}) {
            for (var summary : newsroom.published(language, null, 0, 50).items()) {
                Article article = newsroom.publishedArticle(language, summary.slug());
                var photo = newsroom.leadPhoto(article);
                if (photo.isEmpty()) {
                    continue;
                }
                illustrated++;
                assertThat(photo.get().language()).isEqualTo(language);
                assertThat(photo.get().alt()).isNotBlank();
                assertThat(photo.get().credit())
                        .isIn(DemoArticles.CREDIT_EN, DemoArticles.CREDIT_ES, DemoArticles.CREDIT_AR);
                assertThat(mvc.get().uri("/" + language + "/articles/" + summary.slug()))
                        .hasStatusOk()
                        .bodyText()
                        .contains("<figure class=\"photo\">")
                        .contains(photo.get().caption());
            }
        }
        long stories = DemoArticles.STORIES.stream()
                .filter(s -> s.illustration() != null)
                .count();
        assertThat(stories).isGreaterThanOrEqualTo(3);
        assertThat(illustrated).isEqualTo(stories * 3);
    }

    @Test
    void editionNumberOneIsPublishedInEachLanguageWithSectionsASupplementAndItsPdf() {
        for (String language : new String[] {"en", "es", "ar"}) {
            Article cover = newsroom.publishedArticles(language, "IT", 1).getFirst();
            assertThat(mvc.get().uri("/" + language + "/editions/1"))
                    .hasStatusOk()
                    .bodyText()
                    .contains(cover.title());
            assertThat(mvc.get().uri("/" + language + "/editions/1.pdf"))
                    .hasStatusOk()
                    .hasContentType("application/pdf");
        }
        assertThat(mvc.get().uri("/en/editions/1")).bodyText().contains("Italy", "Tunisia", "Argentina", "Documents");
    }
}
