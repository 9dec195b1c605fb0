package org.organizer.network.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.days.DaysFixtures.form;
import static org.organizer.network.days.DaysFixtures.links;
import static org.organizer.network.days.DaysFixtures.mailTo;
import static org.organizer.network.days.DaysFixtures.post;
import static org.organizer.network.days.DaysFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.DayOfAction;
import org.organizer.network.Organisation;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Registering an action: e-mail confirmation, moderation, the public page and its map. */
@PressTest
class RegistrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DaysFixtures fixtures;

    @Autowired
    DayRepository repository;

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void anUnknownGroupsActionIsConfirmedByMailThenModeratedThenShownOnThePageAndTheMap() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        String email = "organiser-" + unique() + "@example.org";
        Map<String, String> params = form(email);
        params.put("city", "Arequipa");

        assertThat(post(mvc, "en", day, params))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/en/days/" + day.slug() + "/register?done=confirm");
        assertThat(body(mvc.get().uri("/en/days/{slug}", day.slug()).exchange()))
                .doesNotContain("Arequipa");

        List<String> links = links(mailTo(email));
        String confirm = links.getFirst();
        assertThat(confirm).startsWith("/days/confirm/");
        assertThat(mvc.get().uri(confirm)).hasStatusOk().bodyText().contains("Arequipa");
        assertThat(mvc.post().uri(confirm).with(csrf())).hasStatusOk();
        assertThat(mvc.post().uri(confirm).with(csrf())).hasStatus(404);
        assertThat(body(mvc.get().uri("/en/days/{slug}", day.slug()).exchange()))
                .doesNotContain("Arequipa");

        assertThat(mvc.get().uri("/admin/days/{id}/moderation", day.id()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Arequipa");
        Action pending = repository.actions(day.id(), ActionStatus.PENDING).getFirst();
        assertThat(mvc.post()
                        .uri("/admin/days/{id}/actions/{action}/approve", day.id(), pending.id())
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        MvcTestResult page = mvc.get().uri("/en/days/{slug}", day.slug()).exchange();
        assertThat(page).hasStatusOk().headers().hasValue("Cache-Control", "public, max-age=60");
        String html = body(page);
        assertThat(html).contains("Peru", "Arequipa", "Picket", "America/Lima", params.get("organiser"));
        assertThat(html).containsPattern("<circle [^>]*><title>one action in Arequipa</title></circle>");
        assertThat(html).contains("GeoNames", "Natural Earth");
        assertThat(body(mvc.get().uri("/es/days/{slug}", day.slug()).exchange()))
                .contains("Perú", "Piquete", "una acción en Arequipa");
    }

    @Test
    void aVerifiedOrganisationsActionIsPublicAsSoonAsAnAddressAtItsDomainIsConfirmed() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Organisation union = fixtures.organisation(mvc, editor, "BO", true);
        String email = "verified-" + unique() + "@" + DaysFixtures.domainOf(union);

        confirmRegistration(day, union, email);

        String html = body(mvc.get().uri("/en/days/{slug}", day.slug()).exchange());
        assertThat(html).contains("Bolivia", "La Paz", union.names().get("en"));
        assertThat(html).containsPattern("<circle [^>]*><title>one action in La Paz</title></circle>");
        assertThat(repository.actions(day.id(), ActionStatus.PENDING)).isEmpty();
    }

    @Test
    void anyoneElseNamingAVerifiedOrganisationWaitsForAnEditor() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Organisation union = fixtures.organisation(mvc, editor, "BO", true);
        String email = "outsider-" + unique() + "@example.org";

        confirmRegistration(day, union, email);

        assertThat(body(mvc.get().uri("/en/days/{slug}", day.slug()).exchange()))
                .doesNotContain("La Paz");
        assertThat(repository.actions(day.id(), ActionStatus.PENDING)).hasSize(1);
    }

    private void confirmRegistration(DayOfAction day, Organisation union, String email) throws Exception {
        Map<String, String> params = form(email);
        params.put("country", "BO");
        params.put("city", "La Paz");
        params.put("zone", "America/La_Paz");
        params.put("organisation", union.slug());
        params.put("organiser", "");
        assertThat(post(mvc, "en", day, params)).hasStatus3xxRedirection();
        String confirm = links(mailTo(email)).getFirst();
        assertThat(mvc.post().uri(confirm).with(csrf())).hasStatusOk();
    }

    @Test
    void aRepresentativeRegistersForTheirOwnOrganisationWithoutConfirmation() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Organisation union = fixtures.organisation(mvc, editor, "CL", false);
        Actor representative = fixtures.person(Role.REPRESENTATIVE);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", union.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", representative.email())
                        .param("displayName", ""))
                .hasStatus3xxRedirection();
        Map<String, String> params = form("");
        params.put("country", "CL");
        params.put("city", "Valparaíso");
        params.put("zone", "America/Santiago");
        params.put("organisation", union.slug());

        assertThat(post(mvc, "en", day, params).with(as(representative)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/en/days/" + day.slug() + "/register?done=published");
        assertThat(body(mvc.get().uri("/en/days/{slug}", day.slug()).exchange()))
                .contains("Valparaíso", "Chile");
    }

    @Test
    void anUnknownCityIsRefusedWithSuggestionsFromTheGazetteer() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        String email = "typo-" + unique() + "@example.org";
        Map<String, String> params = form(email);
        params.put("city", "Arequipaa");
        params.put("description", "Kept as typed " + unique());

        MvcTestResult result = post(mvc, "en", day, params).exchange();
        assertThat(result).hasStatus(400);
        assertThat(body(result))
                .contains("We could not find this city in the chosen country.", "Arequipa</li>")
                .contains(params.get("description"), params.get("organiser"), email);
        assertThat(repository.allActions(day.id())).isEmpty();
    }

    @Test
    void badInputIsRefusedInTheReadersLanguageAndTheFormKeepsWhatWasTyped() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Map<String, String> params = form("not-an-address");
        params.put("time", "half past ten");
        params.put("zone", "Mars/Olympus");
        params.put("description", "x".repeat(2001));
        params.put("meetingPoint", "Plaza San Martín");

        MvcTestResult es = post(mvc, "es", day, params).exchange();
        assertThat(es).hasStatus(400);
        assertThat(body(es))
                .contains("Indique la hora de inicio en horas y minutos")
                .contains("Indique un nombre de zona horaria conocido")
                .contains("La descripción puede tener 2000 caracteres como máximo.")
                .contains("Indique una dirección de correo válida")
                .contains("Plaza San Martín", "half past ten", "Mars/Olympus");
        MvcTestResult ar = post(mvc, "ar", day, params).exchange();
        assertThat(ar).hasStatus(400);
        assertThat(body(ar)).contains("أدخل اسم منطقة زمنية معروفًا");
        assertThat(repository.allActions(day.id())).isEmpty();

        assertThat(mvc.get().uri("/es/days/no-such-day-{tag}", unique()))
                .hasStatus(404)
                .bodyText()
                .contains("No existe esa jornada de acción o esa acción.");
        assertThat(mvc.get().uri("/api/v1/days/no-such-day-{tag}", unique()).header("Accept-Language", "es"))
                .hasStatus(404)
                .bodyText()
                .contains("No existe esa jornada");
    }

    @Test
    void aFilledHoneypotSavesNothingAndSendsNothing() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        Map<String, String> params = form("robot-" + unique() + "@example.org");
        params.put("website", "http://spam.example");

        assertThat(post(mvc, "en", day, params)).hasStatus3xxRedirection();
        assertThat(repository.allActions(day.id())).isEmpty();
    }

    @Test
    void anEditorRejectsARegistrationWithAReasonAndItStaysOffThePage() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        DayOfAction day = fixtures.upcoming(editor);
        String email = "rejected-" + unique() + "@example.org";
        Map<String, String> params = form(email);
        params.put("city", "Cusco");
        assertThat(post(mvc, "en", day, params)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(links(mailTo(email)).getFirst()).with(csrf())).hasStatusOk();
        Action pending = repository.actions(day.id(), ActionStatus.PENDING).getFirst();

        assertThat(mvc.post()
                        .uri("/admin/days/{id}/actions/{action}/reject", day.id(), pending.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("reason", " "))
                .hasStatus(400)
                .bodyText()
                .contains("Give a reason (at most 1000 characters).");
        assertThat(mvc.post()
                        .uri("/admin/days/{id}/actions/{action}/reject", day.id(), pending.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("reason", "Not a workers' action"))
                .hasStatus3xxRedirection();

        assertThat(body(mvc.get().uri("/en/days/{slug}", day.slug()).exchange()))
                .doesNotContain("Cusco");
        assertThat(mvc.get().uri("/admin/days/{id}", day.id()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Cusco", "Rejected", "Not a workers");
    }
}
