package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** --demo on an empty installation: a living site in three languages at once. */
@SpringBootTest(properties = "organizer.demo=true")
class DemoContentTests {

    @Autowired
    Publications publications;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Accounts accounts;

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
}
