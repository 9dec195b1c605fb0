package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.NetworkFixtures.form;
import static org.organizer.network.NetworkFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Forms with mistakes come back with what was typed and translated messages; nothing saved is lost. */
@PressTest
class BadInputTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NetworkFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Test
    void aNewOrganisationWithMistakesIsShownAgainWithEveryProblemInSpanish() {
        Actor editor = fixtures.person(Role.EDITOR);
        String name = "Sindicato " + unique();
        Map<String, String> params = form(name);
        params.put("country", "XX");
        params.put("website", "not a website");
        params.put("email", "nobody-at-example");
        params.put("description.en", "x".repeat(5001));
        params.put("city", "Génova-" + unique());

        assertThat(mvc.post()
                        .uri("/admin/organisations")
                        .with(as(editor))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .params(AccessTests.multi(params)))
                .hasStatus(400)
                .bodyText()
                .contains(
                        "Elija un país de la lista",
                        "Escriba el sitio web como una dirección",
                        "Escriba una dirección de correo de contacto válida",
                        "Una descripción puede tener como máximo 5000 caracteres",
                        name,
                        params.get("city"),
                        "nobody-at-example");
        assertThat(organisations.search(name, null, null)).isEmpty();
    }

    @Test
    void anOversizedNameOnASavedOrganisationKeepsWhatWasSavedAndSaysSoInArabic() {
        Actor editor = fixtures.person(Role.EDITOR);
        Organisation saved = fixtures.create(editor, "Saved union " + unique());
        Map<String, String> params = form("n".repeat(201));
        params.put("kind", "guild");

        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}", saved.id())
                        .with(as(editor))
                        .with(csrf())
                        .header("Accept-Language", "ar")
                        .params(AccessTests.multi(params)))
                .hasStatus(400)
                .bodyText()
                .contains("لا يتجاوز الاسم 200 حرف.", "اختر أحد أنواع المنظمات المعروضة.", "n".repeat(201));
        assertThat(organisations.byId(saved.id()).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void unknownOrganisationsOnEditorsAndRepresentativesPagesAre404() {
        Actor editor = fixtures.person(Role.EDITOR);
        assertThat(mvc.get()
                        .uri("/admin/organisations/{id}", java.util.UUID.randomUUID())
                        .with(as(editor)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/admin/organisations/not-an-id")
                        .with(as(editor))
                        .header("Accept-Language", "es"))
                .hasStatus(404)
                .bodyText()
                .contains("No existe esa organización.");
        assertThat(mvc.get()
                        .uri("/account/organisations/{id}", java.util.UUID.randomUUID())
                        .with(as(fixtures.person(Role.REPRESENTATIVE))))
                .hasStatus(404);
        assertThat(mvc.get().uri("/organisations/verify/made-up-token").header("Accept-Language", "es"))
                .hasStatus(404)
                .bodyText()
                .contains("Este enlace de confirmación es desconocido");
    }

    @Test
    void aRepresentativeWithAnInvalidEmailIsRefusedWithoutCreatingAnAccount() {
        Actor editor = fixtures.person(Role.EDITOR);
        Organisation organisation = fixtures.create(editor, "Careful union " + unique());
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", "not-an-email")
                        .param("displayName", "Someone"))
                .hasStatus(400);
        assertThat(organisations.representativesOf(organisation.id())).isEmpty();
    }
}
