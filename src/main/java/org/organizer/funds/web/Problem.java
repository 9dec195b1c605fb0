package org.organizer.funds.web;

import java.util.List;

/** A translated message key with its arguments, shown above the form it concerns. */
public record Problem(String form, String key, List<Object> args) {

    public Object[] arguments() {
        return args.toArray();
    }
}
