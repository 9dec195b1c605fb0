package org.organizer.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may see of a case: its public values (a person's name and the story only with consent), and the
 * structure of the parts that have at least one of them.
 */
public record PublicCase(
        String slug,
        String country,
        CaseStatus status,
        List<PublicValue> values,
        List<PublicPart> persons,
        List<PublicEvent> events,
        List<PublicPart> institutions,
        List<PublicPart> sources) {

    public record PublicValue(String name, String language, String value) {}

    public record PublicPart(String kind, List<PublicValue> values) {}

    public record PublicEvent(EventKind kind, LocalDate date, String country, List<PublicValue> values) {}

    static PublicCase of(CaseView view) {
        return new PublicCase(
                view.summary().slug(),
                view.summary().country(),
                view.summary().status(),
                values(view.fields()),
                view.persons().stream()
                        .map(p -> new PublicPart(p.role().name(), values(p.fields())))
                        .filter(p -> !p.values().isEmpty())
                        .toList(),
                view.events().stream()
                        .map(e -> new PublicEvent(e.kind(), e.occurredOn(), e.country(), values(e.fields())))
                        .filter(e -> !e.values().isEmpty())
                        .toList(),
                view.institutions().stream()
                        .map(i -> new PublicPart(i.kind().name(), values(i.fields())))
                        .filter(p -> !p.values().isEmpty())
                        .toList(),
                view.sources().stream()
                        .map(s -> new PublicPart("SOURCE", values(s.fields())))
                        .filter(p -> !p.values().isEmpty())
                        .toList());
    }

    private static List<PublicValue> values(List<Field> fields) {
        return fields.stream()
                .filter(f -> f.visibility() == Visibility.PUBLIC && f.value() != null)
                .map(f -> new PublicValue(f.name(), f.language(), f.value()))
                .toList();
    }

    /** Whether anything of the case is public: otherwise it does not exist for the public. */
    public boolean published() {
        return !values.isEmpty()
                || !persons.isEmpty()
                || !events.isEmpty()
                || !institutions.isEmpty()
                || !sources.isEmpty();
    }
}
