package org.organizer.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory for API clients. Answers about organisations hold public fields only, for everyone; the
 * private contacts have their own address, for editors' tokens.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The directory of the network's organisations")
class OrganisationsApi {

    private final Organisations organisations;
    private final OrganisationDirectory directory;
    private final Accounts accounts;

    OrganisationsApi(Organisations organisations, OrganisationDirectory directory, Accounts accounts) {
        this.organisations = organisations;
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Organisations, filtered by country, kind and part of the name")
    public ResponseEntity<List<Item>> list(
            @Parameter(description = "ISO 3166 alpha-2 code") @RequestParam(required = false) @Nullable String country,
            @Parameter(description = "trade-union, party, association, committee, network or publication")
                    @RequestParam(required = false)
                    @Nullable
                    String kind,
            @Parameter(description = "part of the name, in any language") @RequestParam(required = false) @Nullable
                    String q) {
        String countryCode = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!countryCode.isEmpty() && !OrganisationRules.isCountry(countryCode)) {
            throw InvalidOrganisationInput.of("network.error.country");
        }
        OrganisationKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            parsedKind =
                    OrganisationKind.parse(kind).orElseThrow(() -> InvalidOrganisationInput.of("network.error.kind"));
        }
        if (q != null && q.length() > DirectoryPages.MAX_FILTER) {
            throw InvalidOrganisationInput.of("network.error.filter");
        }
        List<Item> items = organisations.search(q, countryCode, parsedKind).stream()
                .map(OrganisationsApi::item)
                .toList();
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
                .body(items);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One organisation's public fields")
    public ResponseEntity<Item> item(@PathVariable String slug) {
        Organisation organisation = organisations.bySlug(slug).orElseThrow(OrganisationNotFound::new);
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
                .body(item(organisation));
    }

    @GetMapping("/{slug}/contacts")
    @PreAuthorize("hasRole('EDITOR')")
    @Operation(summary = "An organisation's private contact details (editors' tokens only)")
    public ResponseEntity<Contacts> contacts(@PathVariable String slug, Authentication authentication) {
        Actor actor = accounts.signedIn(authentication);
        Organisation organisation = organisations.bySlug(slug).orElseThrow(OrganisationNotFound::new);
        OrganisationContacts c = directory.contacts(actor, organisation.id());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new Contacts(organisation.slug(), c.email(), c.phone(), c.postalAddress(), c.notes()));
    }

    private static Item item(Organisation o) {
        return new Item(
                o.id().value(),
                o.slug(),
                o.kind().code(),
                o.country(),
                o.city(),
                o.website(),
                o.languages(),
                o.names(),
                o.descriptions(),
                o.verified());
    }

    /** @param names the name per language code; descriptions likewise */
    public record Item(
            UUID id,
            String slug,
            String kind,
            String country,
            String city,
            @Nullable String website,
            List<String> languages,
            Map<String, String> names,
            Map<String, String> descriptions,
            boolean verified) {}

    public record Contacts(String slug, String email, String phone, String postalAddress, String notes) {}
}
