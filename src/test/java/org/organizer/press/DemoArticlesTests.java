package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoArticlesTests {

    @Test
    void everyDemoStoryIsAValidArticleInEnglishSpanishAndArabic() {
        Set<String> countries = new HashSet<>();
        for (DemoArticles.Story story : DemoArticles.STORIES) {
            countries.add(story.country());
            assertThat(story.texts()).extracting(DemoArticles.Text::language).containsExactly("en", "es", "ar");
            for (DemoArticles.Text text : story.texts()) {
                ArticleContent content = ArticleContent.of(
                        text.title(),
                        text.standfirst(),
                        text.body(),
                        text.byline(),
                        story.country(),
                        story.dateline(),
                        null);
                assertThat(Markdown.toSafeHtml(content.body())).contains("<h2>").contains("<li>");
                assertThat(Slugs.fromTitle(content.title())).matches(Slugs.VALID);
            }
        }
        assertThat(DemoArticles.STORIES).hasSizeGreaterThanOrEqualTo(4);
        assertThat(countries).hasSameSizeAs(DemoArticles.STORIES);
    }
}
