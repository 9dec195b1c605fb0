package org.organizer.network;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.organizer.network.web.OrganisationView;

/** Turns organisations into what pages show, in the reader's language. */
final class Views {

    static final List<String> KINDS =
            Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code).toList();

    private Views() {}

    static OrganisationView of(Organisation o, String language, String fallback) {
        return new OrganisationView(
                o.id().toString(),
                o.slug(),
                o.name(language, fallback),
                o.nameLanguage(language, fallback),
                o.description(language, fallback),
                o.descriptionLanguage(language, fallback),
                o.kind().code(),
                o.country(),
                o.city(),
                o.website(),
                o.languages(),
                o.verified());
    }

    /** Sorted by name as the reader's language sorts. */
    static List<OrganisationView> of(Collection<Organisation> organisations, String language, String fallback) {
        Collator collator = Collator.getInstance(Locale.of(language));
        return organisations.stream()
                .map(o -> of(o, language, fallback))
                .sorted(Comparator.comparing(OrganisationView::name, collator))
                .toList();
    }

    /** Country codes, sorted by their name in the reader's language. */
    static List<String> countries(Collection<String> codes, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return codes.stream()
                .distinct()
                .sorted(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(locale), collator))
                .toList();
    }
}
