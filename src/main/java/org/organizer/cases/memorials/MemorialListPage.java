package org.organizer.cases.memorials;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.web.Problem;

/** The memorials one may write, and the form that makes one (refilled with what was typed when refused). */
public record MemorialListPage(
        List<Memorial> memorials,
        List<CaseSummary> cases,
        List<String> languages,
        Map<String, String> form,
        @Nullable Problem problem) {

    public String value(String name) {
        return form.getOrDefault(name, "");
    }
}
