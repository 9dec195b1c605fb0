package org.organizer.press.editions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.press.ArticleId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets the demo loader (press root) compose and publish an edition through the editions' own use cases,
 * which are internal to this package. Only present with {@code --demo}.
 */
@Component
@ConditionalOnProperty(name = "organizer.demo", havingValue = "true")
public class DemoEdition {

    /** A section or supplement with its articles in printed order. */
    public record Section(String title, @Nullable String country, boolean supplement, List<ArticleId> articles) {}

    private final Editions editions;

    DemoEdition(Editions editions) {
        this.editions = editions;
    }

    /** Composes the next edition of the language with these sections and cover, and publishes it. */
    @Transactional
    public int publish(Actor editor, String language, LocalDate date, List<Section> sections, ArticleId cover) {
        EditionDetails details = EditionDetails.of(
                editions.nextNumber(editor, language), date, "EUR", new BigDecimal("1.50"), new BigDecimal("3.00"));
        Edition edition = editions.create(editor, language, details);
        for (Section section : sections) {
            List<SectionId> before =
                    edition.sections().stream().map(EditionSection::id).toList();
            edition =
                    editions.addSection(editor, edition.id(), section.title(), section.country(), section.supplement());
            SectionId added = edition.sections().stream()
                    .map(EditionSection::id)
                    .filter(id -> !before.contains(id))
                    .findFirst()
                    .orElseThrow();
            for (ArticleId article : section.articles()) {
                edition = editions.addArticle(editor, edition.id(), added, article);
            }
        }
        editions.setCover(editor, edition.id(), cover);
        return editions.publish(editor, edition.id()).number();
    }
}
