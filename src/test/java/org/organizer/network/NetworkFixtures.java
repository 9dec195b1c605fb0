package org.organizer.network;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.web.OrganisationForm;
import org.organizer.press.support.Newsrooms;
import org.springframework.stereotype.Component;

/** Organisations and people for network tests, each with unique names so tests share one database. */
@Component
class NetworkFixtures {

    private final OrganisationDirectory directory;
    private final Newsrooms newsrooms;

    NetworkFixtures(OrganisationDirectory directory, Newsrooms newsrooms) {
        this.directory = directory;
        this.newsrooms = newsrooms;
    }

    Actor person(Role role) {
        return newsrooms.person(role);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A form with an English name, in Italy, of a trade union; adjust with {@code with}. */
    static Map<String, String> form(String englishName) {
        Map<String, String> params = new HashMap<>();
        params.put("kind", "trade-union");
        params.put("country", "IT");
        params.put("city", "Genova");
        params.put("website", "");
        params.put("languages", "it, en");
        params.put("name.en", englishName);
        return params;
    }

    Organisation create(Actor editor, Map<String, String> params) {
        return directory.create(editor, OrganisationForm.of(params, java.util.List.of("en", "es", "ar", "it")));
    }

    Organisation create(Actor editor, String englishName) {
        return create(editor, form(englishName));
    }

    void update(Actor editor, Organisation organisation, Map<String, String> params) {
        directory.update(
                editor, organisation.id(), OrganisationForm.of(params, java.util.List.of("en", "es", "ar", "it")));
    }

    /** A representative account of the organisation, added by the editor. */
    Actor representativeOf(Actor editor, Organisation organisation) {
        Actor representative = person(Role.REPRESENTATIVE);
        directory.addRepresentative(editor, organisation.id(), representative.email(), "");
        return representative;
    }
}
