package org.organizer.cases.memorials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A memorial with its texts (published or not) and its cases, as its editors see it. */
public record Memorial(
        UUID id, String slug, LocalDate occurredOn, String country, List<Text> texts, List<LinkedCase> cases) {

    /** The memorial's words in one language; shown publicly only once published. */
    public record Text(
            String language,
            String title,
            String place,
            String body,
            @Nullable Instant publishedAt) {

        public boolean published() {
            return publishedAt != null;
        }

        /** The body in paragraphs (a blank line separates them), each shown as escaped text. */
        public List<String> paragraphs() {
            return Arrays.stream(body.split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
    }

    public record LinkedCase(UUID id, String slug) {}

    public Optional<Text> text(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    public List<String> publishedLanguages() {
        return texts.stream().filter(Text::published).map(Text::language).toList();
    }
}
