package org.organizer.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.UserId;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask about organisations: finding them, whether they are verified and who acts in
 * their name. Answers hold public fields only.
 */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    public Optional<Organisation> byId(OrganisationId id) {
        return repository.byId(id).map(OrganisationRepository.Stored::organisation);
    }

    public Optional<Organisation> bySlug(String slug) {
        return repository.bySlug(slug).map(OrganisationRepository.Stored::organisation);
    }

    /**
     * Organisations whose name (in any language) contains {@code name}, in a country and of a kind; null or
     * blank filters match all. Ordered by slug.
     */
    public List<Organisation> search(@Nullable String name, @Nullable String country, @Nullable OrganisationKind kind) {
        return repository
                .search(
                        name == null ? "" : name.strip(),
                        country == null ? "" : country.strip(),
                        kind == null ? "" : kind.name())
                .stream()
                .map(OrganisationRepository.Stored::organisation)
                .sorted(Comparator.comparing(Organisation::slug))
                .toList();
    }

    /**
     * The directory organisation an endorser probably is: the one with the same website host, else one with a
     * name that is a spelling variant ({@link OrganisationNames#key}) in any language.
     */
    public Optional<OrganisationId> recognise(String name, @Nullable String websiteHost) {
        return repository.recognised(OrganisationNames.key(name), websiteHost);
    }

    public boolean isVerified(OrganisationId id) {
        return byId(id).map(Organisation::verified).orElse(false);
    }

    /**
     * Whether someone who proved they read this address may speak for the organisation without an editor:
     * it is verified, and the address is at its website's domain (or a subdomain). Anyone can type a
     * verified organisation's name into a public form; only its own people have mail at its domain.
     */
    public boolean vouchesFor(OrganisationId id, String confirmedEmail) {
        return byId(id).filter(Organisation::verified)
                .map(Organisation::website)
                .filter(website -> website != null && !website.isBlank())
                .flatMap(website -> OrganisationRules.domainMatching(confirmedEmail, OrganisationRules.host(website)))
                .isPresent();
    }

    /** The accounts that act in the organisation's name, longest-standing first. */
    public List<UserId> representativesOf(OrganisationId id) {
        return repository.representatives(id).stream()
                .map(OrganisationRepository.Representative::user)
                .toList();
    }

    public boolean isRepresentative(UserId user, OrganisationId id) {
        return repository.isRepresentative(id, user);
    }

    public List<Organisation> organisationsRepresentedBy(UserId user) {
        return repository.representedBy(user).stream()
                .map(OrganisationRepository.Stored::organisation)
                .sorted(Comparator.comparing(Organisation::slug))
                .toList();
    }
}
