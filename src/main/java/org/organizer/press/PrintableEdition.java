package org.organizer.press;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * An edition with its sections and the full text of its articles in printed order, for whoever lays it out
 * on paper. Main sections come first, supplements after them.
 *
 * @param updatedAt when the composition last changed (article edits do not change it)
 */
public record PrintableEdition(
        UUID id,
        String language,
        int number,
        LocalDate date,
        Currency currency,
        BigDecimal coverPrice,
        BigDecimal solidarityPrice,
        boolean published,
        Instant updatedAt,
        List<Section> sections) {

    public PrintableEdition {
        sections = List.copyOf(sections);
    }

    public record Section(UUID id, String title, @Nullable String country, boolean supplement, List<Article> articles) {

        public Section {
            articles = List.copyOf(articles);
        }
    }

    /** Reads editions for printing; the editions part of the press implements it. */
    public interface Source {

        /** A published edition with its published articles only: what readers may see. */
        Optional<PrintableEdition> published(String language, int number);

        /**
         * Any edition with every placed article, for editors and administrators.
         *
         * @throws org.organizer.web.UserFacingException 403 for other roles, 404 when there is no such edition
         */
        PrintableEdition forEditor(Authentication auth, UUID edition);
    }
}
