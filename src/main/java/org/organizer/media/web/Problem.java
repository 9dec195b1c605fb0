package org.organizer.media.web;

import java.util.List;

/** A translated message key with its arguments, shown above a form. */
public record Problem(String key, List<String> args) {

    public Object[] arguments() {
        return args.toArray();
    }
}
