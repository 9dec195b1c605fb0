package org.organizer.cases.memorials;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.web.Problem;

/** One memorial for its editors: texts per language, cases, and the people as visitors will see them. */
public record MemorialPage(
        Memorial memorial,
        PublicMemorial preview,
        List<CaseSummary> cases,
        List<String> languages,
        Map<String, String> form,
        @Nullable Problem problem) {

    /** What the text form shows for a language: what was just typed when refused, else the stored text. */
    public String value(String language, String name) {
        if (language.equals(form.get("language")) && form.containsKey(name)) {
            return form.get(name);
        }
        return memorial.text(language)
                .map(t -> switch (name) {
                    case "title" -> t.title();
                    case "place" -> t.place();
                    default -> t.body();
                })
                .orElse("");
    }
}
