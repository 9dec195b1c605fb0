package org.organizer.network;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.organizer.network.web.OrganisationForm;
import org.organizer.web.Languages;

/** What makes an organisation's fields acceptable. Every problem found is reported, as a message key. */
final class OrganisationRules {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_CITY = 100;
    static final int MAX_WEBSITE = 300;
    static final int MAX_LANGUAGES = 20;
    static final int MAX_EMAIL = 254;
    static final int MAX_REASON = 1000;
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,40}");
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private OrganisationRules() {}

    static OrganisationDetails details(OrganisationForm form) {
        List<String> errors = new ArrayList<>();
        Optional<OrganisationKind> kind = OrganisationKind.parse(form.kind());
        if (kind.isEmpty()) {
            errors.add("network.error.kind");
        }
        String country = form.country().strip().toUpperCase(Locale.ROOT);
        if (!isCountry(country)) {
            errors.add("network.error.country");
        }
        String city = form.city().strip();
        if (city.length() > MAX_CITY) {
            errors.add("network.error.city");
        }
        String website = website(form.website());
        if (!form.website().isBlank() && website == null) {
            errors.add("network.error.website");
        }
        List<String> languages = languages(form.languages());
        if (languages == null) {
            errors.add("network.error.languages");
        }
        Map<String, String> names = texts(form.names());
        Map<String, String> descriptions = texts(form.descriptions());
        if (names.isEmpty()) {
            errors.add("network.error.nameRequired");
        }
        if (names.values().stream().anyMatch(n -> n.length() > MAX_NAME)) {
            errors.add("network.error.nameTooLong");
        }
        if (descriptions.values().stream().anyMatch(d -> d.length() > MAX_DESCRIPTION)) {
            errors.add("network.error.descriptionTooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrganisationInput(errors);
        }
        return new OrganisationDetails(
                kind.orElseThrow(),
                country,
                city,
                website,
                website == null ? null : host(website),
                languages,
                names,
                descriptions);
    }

    static OrganisationContacts contacts(OrganisationForm form) {
        List<String> errors = new ArrayList<>();
        String email = form.email().strip();
        if (!email.isEmpty() && !isEmail(email)) {
            errors.add("network.error.contactEmail");
        }
        String phone = form.phone().strip();
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add("network.error.contactPhone");
        }
        String address = form.postalAddress().strip();
        if (address.length() > 500) {
            errors.add("network.error.contactAddress");
        }
        String notes = form.notes().strip();
        if (notes.length() > 2000) {
            errors.add("network.error.contactNotes");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrganisationInput(errors);
        }
        return new OrganisationContacts(email, phone, address, notes);
    }

    static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    static boolean isEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /** An http(s) address with a host name; "example.org" is read as "https://example.org". Null when invalid. */
    static @Nullable String website(String typed) {
        String text = typed.strip();
        if (text.isEmpty() || text.length() > MAX_WEBSITE || text.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || host == null
                    || !HOST.matcher(host).matches()) {
                return null;
            }
            return text;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The website's host in lower case, without a leading "www.". */
    static String host(String website) {
        String host = URI.create(website).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The domain of an e-mail address, when it is the website's host or one of its subdomains. */
    static Optional<String> domainMatching(String email, @Nullable String websiteHost) {
        if (websiteHost == null || !isEmail(email)) {
            return Optional.empty();
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domain.equals(websiteHost) || domain.endsWith("." + websiteHost)
                ? Optional.of(websiteHost)
                : Optional.empty();
    }

    private static @Nullable List<String> languages(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : typed.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!Languages.isValidCode(part)) {
                return null;
            }
            codes.add(part);
        }
        return codes.size() > MAX_LANGUAGES ? null : List.copyOf(codes);
    }

    private static Map<String, String> texts(Map<String, String> typed) {
        Map<String, String> texts = new LinkedHashMap<>();
        typed.entrySet().stream()
                .filter(e -> !e.getValue().isBlank() && Languages.isValidCode(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> texts.put(e.getKey(), e.getValue().strip()));
        return texts;
    }
}
