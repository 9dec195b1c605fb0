package org.organizer.network.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.endorsements.EndorsementFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.Organisations;
import org.organizer.network.endorsements.EndorsementRepository.State;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Organisations endorse calls through the API, anonymously and with the same mailed confirmation as the form. */
@PressTest
class EndorsementApiTests {

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

    private static String json(String name, String email, String country) {
        return """
                {"name": "%s", "kind": "association", "country": "%s", "website": "",
                 "signerName": "Ana Ruiz", "signerRole": "Secretary", "publishSigner": true, "publishRole": false,
                 "email": "%s", "language": "es"}
                """.formatted(name, country, email);
    }

    private MvcTestResult post(CallId call, String body, String language) {
        return mvc.post()
                .uri("/api/v1/calls/{id}/endorsements", call)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content(body)
                .exchange();
    }

    @Test
    void anAnonymousClientEndorsesACallAndTheEndorsementCountsOnceTheMailedLinkIsConfirmed() throws Exception {
        CallId call = fixtures.openCall("Api endorse " + unique());
        String name = "Sindicato por API " + unique();
        String email = "api-" + unique() + "@example.org";

        MvcTestResult accepted = post(call, json(name, email, "ES"), "en");

        assertThat(accepted)
                .hasStatus(202)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("confirmation-sent");
        assertThat(repository.ofCall(call)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo(name);
            assertThat(e.state()).isEqualTo(State.UNCONFIRMED);
        });
        String link = EndorsementFixtures.confirmationLink(email);
        assertThat(mvc.post().uri(link).with(csrf())).hasStatusOk();
        assertThat(repository.ofCall(call))
                .extracting(EndorsementRepository.Stored::state)
                .containsExactly(State.PENDING);
    }

    @Test
    void badInputIsAnsweredWithAProblemDetailListingEveryProblemInTheReadersLanguage() throws Exception {
        CallId call = fixtures.openCall("Api bad input " + unique());

        MvcTestResult bad = post(call, json("", "not-an-address", "XX"), "es");

        assertThat(bad).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(
                        "Indique una dirección de correo electrónico de contacto válida.",
                        "Elija un país de la lista.",
                        "\"errors\"");
        assertThat(post(call, "{not json", "en")).hasStatus(400);
        assertThat(repository.ofCall(call)).isEmpty();
    }

    @Test
    void aCallThatIsClosedAnswersConflictAndAnUnknownCallNotFound() throws Exception {
        CallId call = fixtures.openCall("Api closed " + unique());
        fixtures.close(call);

        MvcTestResult closed = post(call, json("Late " + unique(), "late-" + unique() + "@example.org", "FR"), "ar");

        assertThat(closed).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(closed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("هذا النداء غير مفتوح للتأييد.");
        assertThat(repository.ofCall(call)).isEmpty();
        assertThat(post(
                        CallId.parse("00000000-0000-0000-0000-000000000001").orElseThrow(),
                        json("A", "a@b.org", "FR"),
                        "en"))
                .hasStatus(404);
    }

    @Test
    void onlyEndorsingIsOpenToAnonymousClientsOtherCallWritesStillNeedAToken() {
        CallId call = fixtures.openCall("Api security " + unique());

        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/comments", call)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\": \"Hello\"}"))
                .hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/status", call)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"closed\"}"))
                .hasStatus(401);
        assertThat(calls.isOpenForEndorsement(call)).isTrue();
    }
}
