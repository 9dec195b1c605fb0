package org.organizer.cases.dossier;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.organizer.cases.CaseDocument;
import org.organizer.cases.CaseView;
import org.organizer.cases.Field;

/**
 * What a dossier holds: the case as its exporter may see it. The case's team and administrators get the whole
 * structure (as on the case page); anyone else only the parts with a value they may see, like the public page,
 * so dates, kinds and places of events without a visible value stay out. The timeline is in date order.
 *
 * @param documents the source documents the exporter may see, listed by name only
 * @param exporter the display name and e-mail address of who exported it
 * @param exportedAt when
 * @param language the language of the labels
 */
record Dossier(CaseView view, List<CaseDocument> documents, String exporter, Instant exportedAt, String language) {

    static Dossier of(CaseView view, String exporter, Instant exportedAt, String language) {
        return of(view, List.of(), exporter, exportedAt, language);
    }

    /** With the names of the source documents the exporter may see (never their contents). */
    static Dossier of(
            CaseView view, List<CaseDocument> documents, String exporter, Instant exportedAt, String language) {
        boolean whole = view.teamMember() || view.administrator();
        CaseView shown = new CaseView(
                view.summary(),
                view.teamMember(),
                view.administrator(),
                visible(view.fields()),
                view.persons().stream()
                        .map(p -> new CaseView.PersonInCase(p.personId(), p.roleId(), p.role(), visible(p.fields())))
                        .filter(p -> whole || !p.fields().isEmpty())
                        .toList(),
                view.events().stream()
                        .map(e ->
                                new CaseView.Event(e.id(), e.kind(), e.occurredOn(), e.country(), visible(e.fields())))
                        .filter(e -> whole || !e.fields().isEmpty())
                        .sorted(Comparator.comparing(CaseView.Event::occurredOn))
                        .toList(),
                view.institutions().stream()
                        .map(i -> new CaseView.Institution(i.id(), i.kind(), visible(i.fields())))
                        .filter(i -> whole || !i.fields().isEmpty())
                        .toList(),
                view.sources().stream()
                        .map(s -> new CaseView.Source(s.id(), visible(s.fields())))
                        .filter(s -> whole
                                || !s.fields().isEmpty()
                                || documents.stream().anyMatch(d -> d.sourceId().equals(s.id())))
                        .toList(),
                List.of(),
                List.of());
        return new Dossier(shown, documents, exporter, exportedAt, language);
    }

    /** Whether the exporter may see anything of the case at all; otherwise it does not exist for them. */
    boolean empty() {
        CaseView v = view;
        return !v.teamMember()
                && !v.administrator()
                && v.fields().isEmpty()
                && v.persons().isEmpty()
                && v.events().isEmpty()
                && v.institutions().isEmpty()
                && v.sources().isEmpty();
    }

    private static List<Field> visible(List<Field> fields) {
        return fields.stream().filter(Field::visible).toList();
    }
}
