package org.organizer.funds.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a person typed into a refused form, given back so nothing has to be typed twice. */
public record Typed(String form, Map<String, String> values) {

    public static Typed none() {
        return new Typed("", Map.of());
    }

    public String get(String form, String field) {
        return get(form, field, "");
    }

    public String get(String form, String field, @Nullable String otherwise) {
        String value = this.form.equals(form) ? values.get(field) : null;
        return value != null ? value : otherwise == null ? "" : otherwise;
    }
}
