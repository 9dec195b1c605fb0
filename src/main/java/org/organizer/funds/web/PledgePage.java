package org.organizer.funds.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.PublicAccount;

/** The pledge form of one fund, with what was typed and the problem when it was refused. */
public record PledgePage(
        PublicAccount account,
        List<String> countries,
        @Nullable Problem problem,
        Typed typed,
        @Nullable String notice) {

    public String get(String field, String otherwise) {
        return typed.get("pledge", field, otherwise);
    }

    public boolean is(String field, String value, boolean byDefault) {
        String typedValue = typed.get("pledge", field, null);
        return typedValue.isEmpty() ? byDefault : typedValue.equals(value);
    }
}
