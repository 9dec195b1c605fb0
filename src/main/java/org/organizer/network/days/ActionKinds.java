package org.organizer.network.days;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.organizer.network.ActionKind;

/** The choices of the registration form. */
final class ActionKinds {

    static final List<String> CODES =
            Arrays.stream(ActionKind.values()).map(ActionKind::code).toList();

    private ActionKinds() {}

    /** Every ISO country code, sorted by its name in the reader's language. */
    static List<String> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(locale), collator))
                .toList();
    }
}
