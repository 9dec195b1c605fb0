package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.NetworkFixtures.form;
import static org.organizer.network.NetworkFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who may open and post what: anonymous readers, representatives of A and of B, and the newsroom. */
@PressTest
class AccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NetworkFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    Actor editor;
    Organisation a;
    Organisation b;
    Actor representativeOfA;
    Actor representativeOfB;

    @BeforeEach
    void network() {
        editor = fixtures.person(Role.EDITOR);
        a = fixtures.create(editor, "Union A " + unique());
        b = fixtures.create(editor, "Union B " + unique());
        representativeOfA = fixtures.representativeOf(editor, a);
        representativeOfB = fixtures.representativeOf(editor, b);
    }

    @Test
    void theEditorsPagesAreForEditorsAndAdministratorsOnly() {
        for (String uri :
                new String[] {"/admin/organisations", "/admin/organisations/new", "/admin/organisations/" + a.id()}) {
            assertThat(mvc.get().uri(uri)).hasStatus3xxRedirection();
            assertThat(mvc.get().uri(uri).with(as(representativeOfA))).hasStatus(403);
            assertThat(mvc.get().uri(uri).with(as(fixtures.person(Role.CORRESPONDENT))))
                    .hasStatus(403);
            assertThat(mvc.get().uri(uri).with(as(editor))).hasStatusOk();
            assertThat(mvc.get().uri(uri).with(as(fixtures.person(Role.ADMINISTRATOR))))
                    .hasStatusOk();
        }
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/vouch", a.id())
                        .with(as(representativeOfA))
                        .with(csrf())
                        .param("reason", "I am sure"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", b.id())
                        .with(as(representativeOfA))
                        .with(csrf())
                        .param("email", representativeOfA.email()))
                .hasStatus(403);
        assertThat(organisations.representativesOf(b.id())).containsExactly(representativeOfB.id());
    }

    @Test
    void aRepresentativeEditsTheirOwnOrganisationAndGets403ForAnother() {
        assertThat(mvc.get().uri("/account/organisations").with(as(representativeOfA)))
                .hasStatusOk()
                .bodyText()
                .contains(a.name("en", "en"))
                .doesNotContain(b.name("en", "en"));
        assertThat(mvc.get().uri("/account/organisations/{id}", a.id()).with(as(representativeOfA)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/account/organisations/{id}", b.id()).with(as(representativeOfA)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/account/organisations/{id}", a.id()).with(as(fixtures.person(Role.CORRESPONDENT))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/account/organisations/{id}", a.id()).with(as(editor)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/account/organisations/{id}", a.id())).hasStatus3xxRedirection();

        Map<String, String> changed = form("Renamed A " + unique());
        changed.put("description.en", "Now with a description.");
        assertThat(mvc.post()
                        .uri("/account/organisations/{id}", b.id())
                        .with(as(representativeOfA))
                        .with(csrf())
                        .params(multi(changed)))
                .hasStatus(403);
        assertThat(organisations.byId(b.id()).orElseThrow().names()).isEqualTo(b.names());

        assertThat(mvc.post()
                        .uri("/account/organisations/{id}", a.id())
                        .with(as(representativeOfA))
                        .with(csrf())
                        .params(multi(changed)))
                .hasStatus3xxRedirection();
        Organisation after = organisations.byId(a.id()).orElseThrow();
        assertThat(after.name("en", "en")).isEqualTo(changed.get("name.en"));
        assertThat(after.slug()).isEqualTo(a.slug());
        assertThat(mvc.post()
                        .uri("/account/organisations/{id}/verification", b.id())
                        .with(as(representativeOfA))
                        .with(csrf())
                        .param("email", "x@example.org"))
                .hasStatus(403);
    }

    @Test
    void representativesStayOutOfTheNewsroomAndLandOnTheirOrganisations() {
        for (String uri : new String[] {
            "/admin", "/admin/photos", "/admin/articles/new", "/admin/editions", "/admin/deliveries", "/admin/users"
        }) {
            assertThat(mvc.get().uri(uri).with(as(representativeOfA))).as(uri).hasStatus(403);
        }
        String email = "rep-" + unique() + "@example.org";
        Actor representative = accounts.create(email, "Rep", Role.REPRESENTATIVE, "correct horse battery");
        assertThat(mvc.post()
                        .uri("/login")
                        .with(csrf())
                        .param("username", email)
                        .param("password", "correct horse battery"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/account/organisations");
        assertThat(representative.role()).isEqualTo(Role.REPRESENTATIVE);
        Actor correspondent = fixtures.person(Role.CORRESPONDENT);
        assertThat(correspondent.can(Role.REPRESENTATIVE)).isTrue();
        assertThat(representative.can(Role.CORRESPONDENT)).isFalse();
    }

    @Test
    void thePublicPagesAndApiAreOpenToEveryone() {
        assertThat(mvc.get().uri("/en/organisations")).hasStatusOk();
        assertThat(mvc.get().uri("/en/organisations/{slug}", a.slug())).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/organisations/{slug}", a.slug())).hasStatusOk();
        assertThat(mvc.get().uri("/fr/organisations")).hasStatus(404);
    }

    static org.springframework.util.MultiValueMap<String, String> multi(Map<String, String> params) {
        org.springframework.util.LinkedMultiValueMap<String, String> map =
                new org.springframework.util.LinkedMultiValueMap<>();
        params.forEach(map::add);
        return map;
    }
}
