package org.organizer.network.calls;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.organizer.web.Languages;

/** What makes what people type about calls acceptable. Problems are reported as message keys. */
final class CallRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20000;
    static final int MAX_COMMENT = 5000;
    static final int MAX_REASON = 2000;
    static final int MAX_POLL_COMMENT = 500;
    static final int MAX_DATES = 20;

    private CallRules() {}

    record Text(String language, String title, String body) {}

    static Text text(String language, String title, String body) {
        List<String> errors = new ArrayList<>();
        String lang = language.strip();
        if (!Languages.isValidCode(lang)) {
            errors.add("network.calls.error.language");
        }
        if (title.isBlank()) {
            errors.add("network.calls.error.titleRequired");
        } else if (title.strip().length() > MAX_TITLE) {
            errors.add("network.calls.error.titleTooLong");
        }
        if (body.isBlank()) {
            errors.add("network.calls.error.bodyRequired");
        } else if (body.strip().length() > MAX_BODY) {
            errors.add("network.calls.error.bodyTooLong");
        }
        check(errors);
        return new Text(lang, title.strip(), body.replace("\r\n", "\n").strip());
    }

    static @Nullable LocalDate optionalDate(String typed) {
        return typed.isBlank() ? null : date(typed).orElseThrow(() -> InvalidCallInput.of("network.calls.error.date"));
    }

    static Optional<LocalDate> date(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Candidate dates, one per line or separated by commas, as YYYY-MM-DD; sorted, without repeats. */
    static List<LocalDate> dates(String typed) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                dates.add(date(part).orElseThrow(() -> InvalidCallInput.of("network.calls.error.date")));
            }
        }
        if (dates.isEmpty() || dates.size() > MAX_DATES) {
            throw InvalidCallInput.of("network.calls.error.pollDates");
        }
        return List.copyOf(dates);
    }

    static String comment(String typed) {
        if (typed.isBlank()) {
            throw InvalidCallInput.of("network.calls.error.commentRequired");
        }
        if (typed.strip().length() > MAX_COMMENT) {
            throw InvalidCallInput.of("network.calls.error.commentTooLong");
        }
        return typed.strip();
    }

    static String replacement(String typed) {
        if (typed.isBlank()) {
            throw InvalidCallInput.of("network.calls.error.replacementRequired");
        }
        if (typed.strip().length() > MAX_COMMENT) {
            throw InvalidCallInput.of("network.calls.error.replacementTooLong");
        }
        return typed.strip();
    }

    static String reason(String typed, boolean required) {
        if ((required && typed.isBlank()) || typed.strip().length() > MAX_REASON) {
            throw InvalidCallInput.of("network.calls.error.reason");
        }
        return typed.strip();
    }

    static String pollComment(String typed) {
        if (typed.strip().length() > MAX_POLL_COMMENT) {
            throw InvalidCallInput.of("network.calls.error.pollCommentTooLong");
        }
        return typed.strip();
    }

    /** A paragraph number typed in a form: blank means none (the general thread). */
    static @Nullable Integer paragraph(String typed, int count) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= 1 && n <= count) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidCallInput.of("network.calls.error.paragraph");
    }

    private static void check(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCallInput(errors);
        }
    }
}
