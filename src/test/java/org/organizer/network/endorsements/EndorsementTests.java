package org.organizer.network.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.endorsements.EndorsementFixtures.form;
import static org.organizer.network.endorsements.EndorsementFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.EndorsementPublished;
import org.organizer.network.EndorsementWithdrawn;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.network.endorsements.EndorsementRepository.State;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Organisations endorse public calls; editors moderate; the public sees public fields only. */
@PressTest
@RecordApplicationEvents
class EndorsementTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Organisations organisations;

    @Autowired
    Calls calls;

    @Autowired
    EndorsementRepository repository;

    EndorsementFixtures fixtures;

    @BeforeEach
    void network() {
        fixtures = new EndorsementFixtures(mvc, newsrooms, organisations, calls);
    }

    private String page(String uri) throws Exception {
        MvcTestResult result =
                mvc.get().uri(uri).header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anOrganisationConfirmsByMailAndItsEndorsementAppearsGroupedByCountryOnceAnEditorApprovesIt(
            ApplicationEvents events) throws Exception {
        CallId call = fixtures.openCall("Stand together " + unique());
        String slug = fixtures.slug(call);
        String name = "Comité de barrio " + unique();
        String email = "contact-" + unique() + "@example.org";

        assertThat(mvc.get().uri("/en/calls/{slug}", slug))
                .hasStatusOk()
                .bodyText()
                .contains("Endorse this call for your organisation", "/en/calls/" + slug + "/endorse");
        assertThat(mvc.get().uri("/en/calls/{slug}/endorse", slug))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"fax\"");
        MvcTestResult confirmed = fixtures.endorseAndConfirm(slug, form(name, email));
        assertThat(confirmed).bodyText().contains("appears once an editor has checked it");
        assertThat(repository.ofCall(call))
                .extracting(EndorsementRepository.Stored::state)
                .containsExactly(State.PENDING);
        assertThat(page("/en/calls/" + slug)).doesNotContain(name);

        EndorsementRepository.Stored pending = repository.ofCall(call).getFirst();
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/endorsements/{e}/approve", call, pending.id())
                        .with(as(fixtures.editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(page("/en/calls/" + slug))
                .contains(name, "Spain: 1", "Signed by Rosa Martín")
                .doesNotContain("Secretary");
        assertThat(page("/es/calls/" + fixtures.slug(call, "es")))
                .contains(name, "España: 1", "Firmado por Rosa Martín");
        assertThat(page("/en/calls/" + slug + "/endorsements.csv"))
                .startsWith("name,kind,country")
                .contains("\"" + name + "\",\"association\",\"ES\"");
        assertThat(page("/en/calls/" + slug + "/endorsements.json")).contains(name, "\"ES\"");
        assertThat(page("/api/v1/calls/" + call + "/endorsements")).contains(name);
        assertThat(events.stream(EndorsementPublished.class))
                .contains(new EndorsementPublished(call, pending.id(), "ES"));
        assertThat(mvc.post().uri(EndorsementFixtures.confirmationLink(email)).with(csrf()))
                .hasStatus(404);
    }

    @Test
    void theCallPageNamesTheFirstEndorsersOfACountryAndLinksToTheCountrysFullList() throws Exception {
        CallId call = fixtures.openCall("Many voices " + unique());
        String slug = fixtures.slug(call);
        String tag = unique();
        int total = EndorsementService.NAMED_PER_COUNTRY + 2;
        for (int i = 1; i <= total; i++) {
            java.util.UUID id = java.util.UUID.randomUUID();
            String name = String.format("Assembly %02d %s", i, tag);
            repository.add(
                    id,
                    call,
                    null,
                    EndorsementRules.check(form(name, "a" + i + "-" + tag + "@example.org")),
                    "hash-" + id);
            repository.confirm(id, State.PUBLIC, null);
        }

        String callPage = page("/en/calls/" + slug);
        assertThat(callPage)
                .contains("Spain: " + total, "Assembly 01 " + tag, "Assembly 10 " + tag)
                .doesNotContain("Assembly 11 " + tag)
                .contains("/en/calls/" + slug + "/endorsers/ES");
        assertThat(page("/en/calls/" + slug + "/endorsers/ES"))
                .contains("Assembly 01 " + tag, "Assembly 11 " + tag, "Assembly 12 " + tag, "Spain: " + total);
        assertThat(mvc.get().uri("/en/calls/{slug}/endorsers/FR", slug)).hasStatus(404);
        assertThat(mvc.get().uri("/en/calls/{slug}/endorsers/ES?page=2", slug)).hasStatus(404);
        assertThat(mvc.get().uri("/en/calls/{slug}/endorsers/ES?page=x", slug)).hasStatus(404);
    }

    @Test
    void aVerifiedOrganisationConfirmingFromItsDomainAppearsAtOnceAndSpellingVariantsAreMergedIntoIt()
            throws Exception {
        String tag = unique();
        String host = "dockers-" + tag + ".example.net";
        Organisation dockers = fixtures.verified("Dockers Union " + tag, host);
        CallId call = fixtures.openCall("Ports " + unique());
        String slug = fixtures.slug(call);

        Map<String, String> first = form("Dockers' Union " + tag + " e.V.", "office@" + host);
        assertThat(fixtures.endorseAndConfirm(slug, first)).bodyText().contains("now endorses");
        Map<String, String> variant = form("DÓCKERS union, " + tag.toUpperCase(), "someone-" + tag + "@example.org");
        assertThat(fixtures.endorseAndConfirm(slug, variant)).bodyText().contains("both endorsements count as one");

        List<EndorsementRepository.Stored> stored = repository.ofCall(call);
        assertThat(stored).extracting(EndorsementRepository.Stored::state).containsExactly(State.PUBLIC, State.MERGED);
        assertThat(stored)
                .extracting(EndorsementRepository.Stored::organisation)
                .containsOnly(dockers.id());
        assertThat(stored.get(1).mergedInto()).isEqualTo(stored.get(0).id());
        assertThat(page("/en/calls/" + slug))
                .contains("Dockers' Union " + tag, "Spain: 1", "/en/organisations/" + dockers.slug());
    }

    @Test
    void anUnverifiedOrganisationWithTheSameWebsiteHostIsMergedAndWaitsForApproval() throws Exception {
        CallId call = fixtures.openCall("Hosts " + unique());
        String slug = fixtures.slug(call);
        String host = "collective-" + unique() + ".example.net";
        Map<String, String> a = form("Collective " + unique(), "a-" + unique() + "@example.org");
        a.put("website", "https://www." + host + "/en");
        Map<String, String> b = form("Another spelling " + unique(), "b-" + unique() + "@example.org");
        b.put("website", host);
        fixtures.endorseAndConfirm(slug, a);
        fixtures.endorseAndConfirm(slug, b);
        assertThat(repository.ofCall(call))
                .extracting(EndorsementRepository.Stored::state)
                .containsExactly(State.PENDING, State.MERGED);
    }

    @Test
    void badInputIsAnsweredInTheReadersLanguageWithTheFormAsTyped() throws Exception {
        CallId call = fixtures.openCall("Bad input " + unique());
        String slug = fixtures.slug(call);
        Map<String, String> bad = form("Sindicato " + unique(), "not-an-address");
        bad.put("website", "javascript:alert(1)");
        bad.put("country", "XX");
        bad.put("signerRole", "r".repeat(201));
        MvcTestResult answer = mvc.post()
                .uri("/es/calls/{slug}/endorse", fixtures.slug(call, "es"))
                .with(csrf())
                .params(params(bad))
                .exchange();
        assertThat(answer)
                .hasStatus(400)
                .bodyText()
                .contains(
                        "Indique una dirección de correo electrónico de contacto válida.",
                        "Indique el sitio web como una dirección",
                        "Elija un país de la lista.",
                        "como máximo 200 caracteres cada uno",
                        bad.get("name"),
                        "not-an-address");

        Map<String, String> good = form("Kept " + unique(), "kept-" + unique() + "@example.org");
        assertThat(fixtures.endorse("en", slug, good)).hasStatus3xxRedirection();
        fixtures.close(call);
        MvcTestResult closed = mvc.post()
                .uri("/ar/calls/{slug}/endorse", fixtures.slug(call, "ar"))
                .with(csrf())
                .params(params(form("Late " + unique(), "late-" + unique() + "@example.org")))
                .exchange();
        assertThat(closed).hasStatus(400).bodyText().contains("هذا النداء غير مفتوح للتأييد.", "Late ");
        assertThat(repository.ofCall(call))
                .extracting(EndorsementRepository.Stored::name)
                .containsExactly(good.get("name"));
    }

    @Test
    void aLinkConfirmedAfterTheCallClosedIsRefusedAndTheEndorsementStaysUnconfirmed() throws Exception {
        CallId call = fixtures.openCall("Closing " + unique());
        String email = "slow-" + unique() + "@example.org";
        assertThat(fixtures.endorse("en", fixtures.slug(call), form("Slow " + unique(), email)))
                .hasStatus3xxRedirection();
        String link = EndorsementFixtures.confirmationLink(email);
        fixtures.close(call);
        assertThat(mvc.post().uri(link).with(csrf()).header("Accept-Language", "es"))
                .hasStatus(400)
                .bodyText()
                .contains("Este llamamiento no está abierto a adhesiones.");
        assertThat(repository.ofCall(call))
                .extracting(EndorsementRepository.Stored::state)
                .containsExactly(State.UNCONFIRMED);
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeASubmissionButNothingIsKept() {
        CallId call = fixtures.openCall("Spam " + unique());
        Map<String, String> spam = form("Cheap pills " + unique(), "bot-" + unique() + "@example.org");
        spam.put("fax", "http://spam.example");
        assertThat(fixtures.endorse("en", fixtures.slug(call), spam)).hasStatus3xxRedirection();
        assertThat(repository.ofCall(call)).isEmpty();
    }

    @Test
    void thePrivateContactAddressAppearsInNoPublicPageExportOrApiAnswer() throws Exception {
        CallId call = fixtures.openCall("Private " + unique());
        String slug = fixtures.slug(call);
        String local = "private-contact-" + unique();
        String email = local + "@example.org";
        Map<String, String> form = form("Planted " + unique(), email);
        form.put("publishRole", "on");
        fixtures.endorseAndConfirm(slug, form);
        EndorsementRepository.Stored stored = repository.ofCall(call).getFirst();
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/endorsements/{e}/approve", call, stored.id())
                        .with(as(fixtures.editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        for (String uri : List.of(
                "/en/calls/" + slug,
                "/en/calls",
                "/es/calls/" + fixtures.slug(call, "es"),
                "/ar/calls/" + fixtures.slug(call, "ar"),
                "/en/calls/" + slug + "/endorse",
                "/en/calls/" + slug + "/endorsements.csv",
                "/en/calls/" + slug + "/endorsements.json",
                "/api/v1/calls/" + call + "/endorsements",
                "/api/v1/calls/" + call,
                "/api/v1/calls?language=en")) {
            assertThat(page(uri)).as(uri).doesNotContain(local);
        }
        assertThat(page("/en/calls/" + slug)).contains(form.get("name"), "Secretary");
    }

    @Test
    void onlyEditorsModerateAndAWithdrawalNeedsAReasonThatIsKeptInTheLog(ApplicationEvents events) throws Exception {
        CallId call = fixtures.openCall("Moderated " + unique());
        String slug = fixtures.slug(call);
        String email = "moderated-" + unique() + "@example.org";
        fixtures.endorseAndConfirm(slug, form("Moderated org " + unique(), email));
        EndorsementRepository.Stored e = repository.ofCall(call).getFirst();
        String base = "/account/calls/" + call + "/endorsements";
        Actor otherRepresentative = fixtures.representativeOf(fixtures.organisation("Other " + unique(), null));

        assertThat(mvc.get().uri(base)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(base + "/" + e.id() + "/approve").with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(base).with(as(otherRepresentative))).hasStatus(403);
        assertThat(mvc.post()
                        .uri(base + "/" + e.id() + "/approve")
                        .with(as(otherRepresentative))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(repository.byId(e.id()).orElseThrow().state()).isEqualTo(State.PENDING);

        assertThat(mvc.get().uri(base).with(as(fixtures.editor)).header("Accept-Language", "en"))
                .hasStatusOk()
                .bodyText()
                .contains(email, "Waiting for approval");
        assertThat(mvc.post()
                        .uri(base + "/" + e.id() + "/approve")
                        .with(as(fixtures.editor))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(base + "/" + e.id() + "/withdraw")
                        .with(as(fixtures.editor))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("reason", " "))
                .hasStatus(400)
                .bodyText()
                .contains("Give a reason");
        assertThat(mvc.post()
                        .uri(base + "/" + e.id() + "/withdraw")
                        .with(as(fixtures.editor))
                        .with(csrf())
                        .param("reason", "Signed without mandate"))
                .hasStatus3xxRedirection();
        assertThat(repository.byId(e.id()).orElseThrow().state()).isEqualTo(State.WITHDRAWN);
        assertThat(page("/en/calls/" + slug)).doesNotContain(e.name());
        assertThat(mvc.get().uri(base).with(as(fixtures.editor)).header("Accept-Language", "en"))
                .bodyText()
                .contains("Signed without mandate", "withdrawn by");
        assertThat(mvc.post()
                        .uri(base + "/" + e.id() + "/approve")
                        .with(as(fixtures.editor))
                        .with(csrf()))
                .hasStatus(409);
        assertThat(events.stream(EndorsementWithdrawn.class)).contains(new EndorsementWithdrawn(call, e.id()));
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> form) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.forEach(map::add);
        return map;
    }
}
