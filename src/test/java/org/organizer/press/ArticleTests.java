package org.organizer.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.UserId;

class ArticleTests {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final Article draft = Article.draft(
            UUID.randomUUID(),
            "en",
            ArticleContent.of("Dockers meet", "", "Text", "Correspondent", "it", LocalDate.of(2026, 11, 3), null),
            UserId.random(),
            T0);

    @Test
    void aNewArticleIsADraftWithASlugFromItsTitle() {
        assertThat(draft.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(draft.slug()).isEqualTo("dockers-meet");
        assertThat(draft.content().country()).isEqualTo("IT");
        assertThat(draft.publishedAt()).isNull();
    }

    @Test
    void aDraftGoesThroughSubmissionToPublication() {
        Article published = draft.submit(T0.plusSeconds(1)).publish(T0.plusSeconds(2));
        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void republishingKeepsTheFirstPublicationDate() {
        Article again = draft.publish(T0).unpublish(T0.plusSeconds(5)).publish(T0.plusSeconds(10));
        assertThat(again.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(again.publishedAt()).isEqualTo(T0);
    }

    @Test
    void aSubmittedArticleCanBeSentBackToDraft() {
        assertThat(draft.submit(T0).sendBack(T0).state()).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void aDraftCannotBeSentBackOrUnpublished() {
        assertThatThrownBy(() -> draft.sendBack(T0))
                .isInstanceOf(ArticleTransitionNotAllowed.class)
                .satisfies(e -> assertThat(
                                ((ArticleTransitionNotAllowed) e).status().value())
                        .isEqualTo(409));
        assertThatThrownBy(() -> draft.unpublish(T0)).isInstanceOf(ArticleTransitionNotAllowed.class);
    }

    @Test
    void aPublishedArticleCannotBePublishedOrSubmittedAgain() {
        Article published = draft.publish(T0);
        assertThatThrownBy(() -> published.publish(T0)).isInstanceOf(ArticleTransitionNotAllowed.class);
        assertThatThrownBy(() -> published.submit(T0)).isInstanceOf(ArticleTransitionNotAllowed.class);
    }

    @Test
    void anArchivedArticleCanNeitherBeEditedNorPublished() {
        Article archived = draft.archive(T0);
        assertThatThrownBy(() -> archived.revise(draft.content(), T0)).isInstanceOf(ArticleTransitionNotAllowed.class);
        assertThatThrownBy(() -> archived.publish(T0)).isInstanceOf(ArticleTransitionNotAllowed.class);
        assertThatThrownBy(() -> archived.archive(T0)).isInstanceOf(ArticleTransitionNotAllowed.class);
    }
}
