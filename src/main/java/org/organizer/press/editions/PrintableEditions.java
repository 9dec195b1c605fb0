package org.organizer.press.editions;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.press.Article;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleNotFound;
import org.organizer.press.Newsroom;
import org.organizer.press.PrintableEdition;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editions with their articles' full text, for the printed edition. */
@Service
class PrintableEditions implements PrintableEdition.Source {

    private final EditionRepository repository;
    private final Editions editions;
    private final Newsroom newsroom;
    private final Accounts accounts;

    PrintableEditions(EditionRepository repository, Editions editions, Newsroom newsroom, Accounts accounts) {
        this.repository = repository;
        this.editions = editions;
        this.newsroom = newsroom;
        this.accounts = accounts;
    }

    /**
     * Not one transaction: an article withdrawn since it was placed makes the newsroom throw ArticleNotFound,
     * which is caught here, but inside a surrounding transaction it would already have marked that
     * transaction rollback-only and the read would end in UnexpectedRollbackException.
     */
    @Override
    public Optional<PrintableEdition> published(String language, int number) {
        return repository
                .publishedByNumber(language, number)
                .map(e -> printable(e, id -> orNull(() -> newsroom.publishedArticle(id))));
    }

    @Override
    @Transactional(readOnly = true)
    public PrintableEdition forEditor(Authentication auth, UUID edition) {
        Actor actor = accounts.signedIn(auth);
        Edition e = editions.edition(actor, new EditionId(edition));
        return printable(e, id -> orNull(() -> newsroom.article(actor, id)));
    }

    private static PrintableEdition printable(Edition e, Function<ArticleId, @Nullable Article> load) {
        return new PrintableEdition(
                e.id().value(),
                e.language(),
                e.number(),
                e.details().date(),
                e.details().currency(),
                e.details().coverPrice(),
                e.details().solidarityPrice(),
                e.isPublished(),
                e.updatedAt(),
                e.sections().stream()
                        .map(s -> new PrintableEdition.Section(
                                s.id().value(),
                                s.title(),
                                s.country(),
                                s.supplement(),
                                s.articles().stream()
                                        .map(load)
                                        .filter(Objects::nonNull)
                                        .toList()))
                        .toList());
    }

    private static @Nullable Article orNull(java.util.function.Supplier<Article> find) {
        try {
            return find.get();
        } catch (ArticleNotFound e) {
            return null;
        }
    }
}
