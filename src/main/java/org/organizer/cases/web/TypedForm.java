package org.organizer.cases.web;

import java.util.Map;

/**
 * What was typed into a refused form, to show it again with the reason: which form (the last part of its
 * address, e.g. {@code persons}) and its values. Empty when no form was refused.
 */
public record TypedForm(String form, Map<String, String> values) {

    public static final TypedForm NONE = new TypedForm("", Map.of());

    /** The typed value of a field of the form, or "" when another form (or none) was refused. */
    public String value(String form, String name) {
        return this.form.equals(form) ? values.getOrDefault(name, "") : "";
    }

    /** Whether this form was refused and, where the page has one form per record, it is the record's. */
    public boolean is(String form, String ownerId) {
        return this.form.equals(form) && values.getOrDefault("ownerId", "").equals(ownerId);
    }
}
