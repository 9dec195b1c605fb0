package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
                        null,
                        story.kind(),
                        text.place(),
                        text.originalAuthor(),
                        story.originalDate());
                assertThat(content.kind()).isEqualTo(story.kind());
                assertThat(Markdown.toSafeHtml(content.body())).contains("<h2>").contains("<li>");
                assertThat(Slugs.fromTitle(content.title())).matches(Slugs.VALID);
            }
        }
        assertThat(DemoArticles.STORIES).hasSizeGreaterThanOrEqualTo(6);
        assertThat(countries).hasSameSizeAs(DemoArticles.STORIES);
    }

    @Test
    void theDemoStoriesShowEveryKindOfArticleWithWhatEachKindNeeds() {
        Set<ArticleKind> kinds = EnumSet.noneOf(ArticleKind.class);
        for (DemoArticles.Story story : DemoArticles.STORIES) {
            kinds.add(story.kind());
            for (DemoArticles.Text text : story.texts()) {
                if (story.kind() == ArticleKind.REPORT) {
                    assertThat(text.place()).as("place of %s", text.title()).isNotBlank();
                }
                if (story.kind() == ArticleKind.REPRODUCED_APPEAL) {
                    assertThat(text.originalAuthor()).isNotBlank();
                    assertThat(story.originalDate()).isBefore(story.dateline());
                }
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(ArticleKind.values());
    }

    @Test
    void illustrationsAreDrawnAsPicturesWithAltTextCaptionAndCreditInEachLanguage() {
        long illustrated = DemoArticles.STORIES.stream()
                .filter(s -> s.illustration() != null)
                .peek(s -> assertThat(s.illustration().captions())
                        .extracting(DemoArticles.Caption::language)
                        .containsExactly("en", "es", "ar"))
                .peek(s -> assertThat(s.illustration().captions())
                        .allSatisfy(c -> assertThat(List.of(c.alt(), c.caption(), c.credit()))
                                .allSatisfy(t -> assertThat(t).isNotBlank())))
                .count();
        assertThat(illustrated).isGreaterThanOrEqualTo(3);
        for (DemoIllustrations.Drawing drawing : DemoIllustrations.Drawing.values()) {
            byte[] png = drawing.png();
            assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }
}
