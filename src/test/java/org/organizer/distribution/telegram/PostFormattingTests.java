package org.organizer.distribution.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.organizer.media.PhotoId;
import org.organizer.press.BodyPart;

/** How articles and notes become Telegram HTML, and how long ones are cut into parts. */
class PostFormattingTests {

    private static final Pattern TAG = Pattern.compile("</?([a-z]+)[^>]*>");

    @Test
    void anArticleIsItsBoldTitleItsStandfirstAndALinkWithTextEscapedForTelegramsHtml() {
        TelegramPost post = PostFormatter.article(
                "id",
                "Dockers <b>& friends",
                "Ports \"closed\" > 3 days",
                "Read the article on the site",
                "https://example.org/en/articles/dockers?a=1&b=2",
                null);

        assertThat(post.parts())
                .containsExactly(
                        "<b>Dockers &lt;b&gt;&amp; friends</b>\n\n"
                                + "Ports \"closed\" &gt; 3 days\n\n"
                                + "<a href=\"https://example.org/en/articles/dockers?a=1&amp;b=2\">Read the article on the site</a>");
        assertThat(post.photo()).isNull();
    }

    @Test
    void aNoteKeepsItsFormattingLinksAndParagraphsAndDropsEverythingTelegramDoesNotKnow() {
        String html =
                "<h2>Update</h2>\n<p>Strike <strong>day&nbsp;2</strong> at <a href=\"https://example.org/x?a=1&amp;b=2\">the port</a>"
                        + " &amp; the &lt;station&gt;.<br />Next line</p>\n<ul><li>one</li><li><em>two</em></li></ul>"
                        + "<table><tr><td>a</td><td>b</td></tr></table>";

        TelegramPost post = PostFormatter.note("id", "Note", List.of(new BodyPart(html, null)), null);

        assertThat(post.parts())
                .containsExactly("<b>Note</b>\n\n<b>Update</b>\n\n"
                        + "Strike <b>day\u00a02</b> at <a href=\"https://example.org/x?a=1&amp;b=2\">the port</a>"
                        + " &amp; the &lt;station&gt;.\nNext line\n\n• one\n\n• <i>two</i>\n\na b");
    }

    @Test
    void aLongNoteIsCutBetweenParagraphsThenSentencesIntoPartsWithinTheLimitsWithBalancedTags() {
        StringBuilder html = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            html.append("<p>");
            for (int s = 0; s < 12; s++) {
                String sentence = "Paragraph " + p + " sentence " + s + " tells of <b>&</b> the strike at the docks.";
                sentences.add(sentence.replace("<b>", "").replace("</b>", ""));
                html.append(sentence.replace("&", "&amp;")).append(' ');
            }
            html.append("</p>");
        }
        // One paragraph longer than a whole message on its own.
        html.append("<p>")
                .append("The long paragraph goes on and on. ".repeat(200))
                .append("</p>");

        TelegramPost post = PostFormatter.note(
                "id", "A long note", List.of(new BodyPart(html.toString(), null)), new PhotoId(UUID.randomUUID()));

        assertThat(post.parts().size()).isGreaterThan(3);
        assertThat(post.parts().getFirst().length()).isLessThanOrEqualTo(TelegramClient.CAPTION_LIMIT);
        assertThat(post.parts()).allSatisfy(part -> {
            assertThat(part.length()).isBetween(1, TelegramClient.MESSAGE_LIMIT);
            assertThat(part).doesNotStartWith(" ").doesNotEndWith(" ");
            assertBalanced(part);
            assertThat(part.replaceAll("&(amp|lt|gt|quot);", "")).doesNotContain("&");
        });
        String all = String.join(" ", post.parts()).replaceAll("<[^>]+>", "").replace("&amp;", "&");
        int at = 0;
        for (String sentence : sentences) {
            int found = all.indexOf(sentence, at);
            assertThat(found).as("in order, whole: %s", sentence).isGreaterThanOrEqualTo(0);
            at = found + sentence.length();
        }
        assertThat(post.parts().stream()
                        .filter(p -> p.contains("The long paragraph"))
                        .count())
                .isGreaterThan(1);
        assertThat(post.parts()).allSatisfy(part -> assertThat(part).endsWith("."));
    }

    @Test
    void aWordLongerThanAMessageIsCutBetweenCharactersNeverInsideOne() {
        String word = "\uD83D\uDE80&".repeat(3000);
        List<String> parts = PostSplitter.split(List.of(List.of(Run.bold(word))), 1024, 4096);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(4096);
            assertBalanced(part);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 5)))
                    .isFalse();
        });
        assertThat(String.join("", parts).replace("</b><b>", "")).isEqualTo(new Run(word, Run.BOLD, null).html());
    }

    private static void assertBalanced(String part) {
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        Matcher m = TAG.matcher(part);
        while (m.find()) {
            if (m.group().startsWith("</")) {
                assertThat(open.pop()).as("closing tag in %s", part).isEqualTo(m.group(1));
            } else {
                open.push(m.group(1));
            }
        }
        assertThat(open).as("unclosed tags").isEmpty();
    }
}
