package org.organizer.cases.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.CaseView;
import org.organizer.cases.OwnerKind;

/** One case as the viewer may see it, with the forms of its team and of administrators. */
public record CasePage(
        CaseView view,
        Map<OwnerKind, List<String>> fieldNames,
        List<String> languages,
        String today,
        @Nullable Problem problem,
        CaseExtras extras) {

    public List<String> names(OwnerKind kind) {
        return fieldNames.getOrDefault(kind, List.of());
    }

    /** The value typed into a field of a refused form (see {@link TypedForm}), or "". */
    public String typed(String form, String name) {
        return extras.typed().value(form, name);
    }
}
