package org.organizer.network.endorsements;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.organizer.network.OrganisationKind;

/** What makes an endorsement acceptable, and how organisations are recognised. Problems are message keys. */
final class EndorsementRules {

    static final int MAX_NAME = 200;
    static final int MAX_PERSON = 200;
    static final int MAX_WEBSITE = 300;
    static final int MAX_EMAIL = 254;
    static final int MAX_REASON = 2000;

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@([^@\\s]+\\.[^@\\s.]+)");
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    /** Addresses anyone can have: their domain says nothing about the organisation. */
    private static final Set<String> SHARED_MAIL_DOMAINS = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "live.com",
            "aol.com",
            "icloud.com",
            "proton.me",
            "protonmail.com",
            "gmx.de",
            "gmx.net",
            "web.de",
            "posteo.de",
            "riseup.net",
            "mail.ru",
            "yandex.ru",
            "orange.fr",
            "free.fr",
            "laposte.net",
            "example.org",
            "example.com");

    private EndorsementRules() {}

    /** A checked endorsement form. */
    record Form(
            String name,
            OrganisationKind kind,
            String country,
            @Nullable String website,
            @Nullable String websiteHost,
            String signerName,
            String signerRole,
            boolean publishSigner,
            boolean publishRole,
            String email,
            String emailDomain) {}

    static Form check(Map<String, String> typed) {
        List<String> errors = new ArrayList<>();
        String name = field(typed, "name");
        if (name.isEmpty()) {
            errors.add("network.endorsements.error.nameRequired");
        } else if (name.length() > MAX_NAME) {
            errors.add("network.endorsements.error.nameTooLong");
        }
        OrganisationKind kind = OrganisationKind.parse(field(typed, "kind")).orElse(null);
        if (kind == null) {
            errors.add("network.endorsements.error.kind");
        }
        String country = field(typed, "country").toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            errors.add("network.endorsements.error.country");
        }
        String typedWebsite = field(typed, "website");
        String website = typedWebsite.isEmpty() ? null : website(typedWebsite);
        if (!typedWebsite.isEmpty() && website == null) {
            errors.add("network.endorsements.error.website");
        }
        String signer = field(typed, "signerName");
        String role = field(typed, "signerRole");
        if (signer.length() > MAX_PERSON || role.length() > MAX_PERSON) {
            errors.add("network.endorsements.error.personTooLong");
        }
        String email = field(typed, "email");
        String domain = emailDomain(email);
        if (email.length() > MAX_EMAIL || domain == null) {
            errors.add("network.endorsements.error.email");
        }
        if (!errors.isEmpty() || kind == null || domain == null) {
            throw new InvalidEndorsementInput(errors);
        }
        return new Form(
                name,
                kind,
                country,
                website,
                website == null ? null : host(website),
                signer,
                role,
                "on".equals(typed.get("publishSigner")),
                "on".equals(typed.get("publishRole")),
                email,
                domain);
    }

    private static String field(Map<String, String> typed, String key) {
        return typed.getOrDefault(key, "").strip();
    }

    /** The address as typed with a scheme, when it is an http(s) address with a proper host; else null. */
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
                    || !HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
                return null;
            }
            return text;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The website's host in lower case, without a leading "www."; null when it has none. */
    static @Nullable String host(@Nullable String website) {
        if (website == null) {
            return null;
        }
        try {
            String host = new URI(website.contains("://") ? website : "https://" + website).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The domain of a well-formed address in lower case; null when the address is malformed. */
    static @Nullable String emailDomain(String email) {
        var matcher = EMAIL.matcher(email.strip());
        if (!matcher.matches()) {
            return null;
        }
        String domain = matcher.group(1).toLowerCase(Locale.ROOT);
        return HOST.matcher(domain).matches() ? domain : null;
    }

    /** Whether the domain belongs to an organisation rather than to a mail provider anyone can use. */
    static boolean isOrganisationDomain(String domain) {
        return !SHARED_MAIL_DOMAINS.contains(domain);
    }
}
