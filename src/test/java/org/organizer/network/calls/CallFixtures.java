package org.organizer.network.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.CallId;
import org.organizer.network.Organisation;
import org.organizer.network.OrganisationId;
import org.organizer.network.Organisations;
import org.organizer.press.support.Newsrooms;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Organisations, their representatives and calls in a given state, for call tests. Organisations are registered
 * through the editors' pages (the directory's service is internal to its package); calls through the service.
 */
final class CallFixtures {

    static final String BODY = "We call on every worker to stand together.\n\n"
            + "The second paragraph, *to be amended*.\n\n"
            + "A third paragraph with a [link](https://example.org).";

    private final MockMvcTester mvc;
    private final Newsrooms newsrooms;
    private final Organisations organisations;
    private final CallService service;
    final Actor editor;

    CallFixtures(MockMvcTester mvc, Newsrooms newsrooms, Organisations organisations, CallService service) {
        this.mvc = mvc;
        this.newsrooms = newsrooms;
        this.organisations = organisations;
        this.service = service;
        this.editor = newsrooms.person(Role.EDITOR);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    Actor person(Role role) {
        return newsrooms.person(role);
    }

    /** An organisation with names in English, Spanish and Arabic, registered by an editor. */
    Organisation organisation(String name) {
        MvcTestResult result = mvc.post()
                .uri("/admin/organisations")
                .with(as(editor))
                .with(csrf())
                .param("kind", "trade-union")
                .param("country", "IT")
                .param("city", "Genova")
                .param("languages", "it, en")
                .param("name.en", name)
                .param("name.es", name + " ES")
                .param("name.ar", "نقابة " + name)
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        String id = location.substring("/admin/organisations/".length(), location.indexOf('?'));
        return organisations.byId(OrganisationId.parse(id).orElseThrow()).orElseThrow();
    }

    Actor representativeOf(Organisation organisation) {
        Actor representative = person(Role.REPRESENTATIVE);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", representative.email())
                        .param("displayName", ""))
                .hasStatus3xxRedirection();
        return representative;
    }

    CallId draft(Actor issuer, Organisation organisation, String title) {
        return service.create(issuer, List.of(organisation.id().toString()), "2027-01-15", "en", title, BODY);
    }

    CallId inDiscussion(Actor issuer, Organisation organisation, String title) {
        CallId id = draft(issuer, organisation, title);
        service.changeStatus(issuer, id, "discussion");
        return id;
    }

    /** In discussion, with a poll over 2027-05-01 and 2027-05-15. */
    CallId withPoll(Actor issuer, Organisation organisation, String title) {
        CallId id = inDiscussion(issuer, organisation, title);
        service.openPoll(issuer, id, "2027-05-01\n2027-05-15");
        return id;
    }
}
