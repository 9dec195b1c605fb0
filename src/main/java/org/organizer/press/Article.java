package org.organizer.press;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;

/**
 * One article in one language. Translations share a {@code translationGroup}. State changes are the
 * workflow's steps; each returns the changed article or refuses with {@link ArticleTransitionNotAllowed}.
 */
public record Article(
        ArticleId id,
        UUID translationGroup,
        String language,
        ArticleContent content,
        ArticleState state,
        UserId authorId,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    private static final Set<ArticleState> PUBLISHABLE =
            EnumSet.of(ArticleState.DRAFT, ArticleState.SUBMITTED, ArticleState.UNPUBLISHED);

    public Article {
        if (content.slug() == null) {
            content = content.withSlug(content.wantedSlug());
        }
    }

    static Article draft(UUID translationGroup, String language, ArticleContent content, UserId author, Instant now) {
        return new Article(
                ArticleId.random(), translationGroup, language, content, ArticleState.DRAFT, author, now, now, null);
    }

    public String slug() {
        return java.util.Objects.requireNonNull(content.slug());
    }

    public String title() {
        return content.title();
    }

    /** The article's public address once published, e.g. {@code /es/articles/huelga-en-el-puerto}. */
    public String path() {
        return PublicPages.path(language, slug());
    }

    public boolean isNote() {
        return content.kind().isNote();
    }

    public boolean isAuthoredBy(UserId user) {
        return authorId.equals(user);
    }

    Article revise(ArticleContent newContent, Instant now) {
        require(state != ArticleState.ARCHIVED, ArticleAction.EDIT);
        return new Article(id, translationGroup, language, newContent, state, authorId, createdAt, now, publishedAt);
    }

    Article submit(Instant now) {
        require(state == ArticleState.DRAFT, ArticleAction.SUBMIT);
        return to(ArticleState.SUBMITTED, now);
    }

    /** The first publication date is kept when an article is unpublished and published again. */
    Article publish(Instant now) {
        require(PUBLISHABLE.contains(state), ArticleAction.PUBLISH);
        return new Article(
                id,
                translationGroup,
                language,
                content,
                ArticleState.PUBLISHED,
                authorId,
                createdAt,
                now,
                publishedAt == null ? now : publishedAt);
    }

    Article sendBack(Instant now) {
        require(state == ArticleState.SUBMITTED, ArticleAction.SEND_BACK);
        return to(ArticleState.DRAFT, now);
    }

    Article unpublish(Instant now) {
        require(state == ArticleState.PUBLISHED, ArticleAction.UNPUBLISH);
        return to(ArticleState.UNPUBLISHED, now);
    }

    Article archive(Instant now) {
        require(state != ArticleState.ARCHIVED, ArticleAction.ARCHIVE);
        return to(ArticleState.ARCHIVED, now);
    }

    /** Whether the workflow allows the step now, whoever asks. */
    boolean allows(ArticleAction action) {
        return switch (action) {
            case EDIT, ARCHIVE -> state != ArticleState.ARCHIVED;
            case SUBMIT -> state == ArticleState.DRAFT;
            case PUBLISH -> PUBLISHABLE.contains(state);
            case SEND_BACK -> state == ArticleState.SUBMITTED;
            case UNPUBLISH -> state == ArticleState.PUBLISHED;
            case TRANSLATE -> true;
        };
    }

    private Article to(ArticleState next, Instant now) {
        return new Article(id, translationGroup, language, content, next, authorId, createdAt, now, publishedAt);
    }

    private void require(boolean allowed, ArticleAction action) {
        if (!allowed) {
            throw new ArticleTransitionNotAllowed(state, action);
        }
    }
}
