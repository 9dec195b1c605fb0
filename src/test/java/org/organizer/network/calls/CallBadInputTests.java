package org.organizer.network.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.calls.CallFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.network.CallId;
import org.organizer.network.CallStatus;
import org.organizer.network.Calls;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Mistakes get the right status and a message in the reader's language; nothing already saved is lost. */
@PressTest
class CallBadInputTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Organisations organisations;

    @Autowired
    CallService service;

    @Autowired
    CallRepository repository;

    @Autowired
    Calls calls;

    CallFixtures fixtures;
    Organisation issuer;
    Organisation member;
    Actor issuerRep;
    Actor memberRep;

    @BeforeEach
    void network() {
        fixtures = new CallFixtures(mvc, newsrooms, organisations, service);
        issuer = fixtures.organisation("Issuer " + unique());
        member = fixtures.organisation("Member " + unique());
        issuerRep = fixtures.representativeOf(issuer);
        memberRep = fixtures.representativeOf(member);
    }

    @Test
    void anUnknownCallIsNotFoundOnEveryKindOfAddressInTheReadersLanguage() {
        assertThat(mvc.get()
                        .uri("/account/calls/{id}", UUID.randomUUID())
                        .with(as(memberRep))
                        .header("Accept-Language", "es"))
                .hasStatus(404)
                .bodyText()
                .contains("No existe ese llamamiento.");
        assertThat(mvc.post()
                        .uri("/account/calls/not-an-id/comments")
                        .with(as(memberRep))
                        .with(csrf())
                        .param("comment", "Hello"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/ar/calls/no-such-call"))
                .hasStatus(404)
                .bodyText()
                .contains("لا يوجد نداء");
        assertThat(mvc.get().uri("/api/v1/calls/{id}", UUID.randomUUID()).header("Accept-Language", "es"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("No existe ese llamamiento.");
    }

    @Test
    void answeringAClosedPollIs409AndTheDecisionStays() {
        CallId id = fixtures.withPoll(issuerRep, issuer, "Closed poll " + unique());
        service.closePoll(issuerRep, id, "2027-05-15");
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/poll/answers", id)
                        .with(as(memberRep))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("organisation", member.id().toString())
                        .param("answer.2027-05-01", "yes"))
                .hasStatus(409)
                .bodyText()
                .contains("La votación de fechas no está abierta.", "Closed poll");
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/poll/answers", id)
                        .with(as(memberRep))
                        .header("Accept-Language", "ar")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisation\":\"%s\",\"answers\":{\"2027-05-01\":\"yes\"}}"
                                .formatted(member.id())))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("التصويت على التاريخ ليس مفتوحًا.");
        assertThat(calls.decidedDate(id)).contains(java.time.LocalDate.of(2027, 5, 15));
        assertThat(repository.poll(id).orElseThrow().answers()).isEmpty();
    }

    @Test
    void votingOnADateOutsideThePollIs400AndSavesNoneOfTheAnswers() {
        CallId id = fixtures.withPoll(issuerRep, issuer, "Outside dates " + unique());
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/poll/answers", id)
                        .with(as(memberRep))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("organisation", member.id().toString())
                        .param("answer.2027-05-01", "yes")
                        .param("answer.2027-07-04", "yes")
                        .param("note.2027-05-01", "Keep this note"))
                .hasStatus(400)
                .bodyText()
                .contains("Esa fecha no es una de las fechas de la votación.", "Keep this note");
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/poll/answers", id)
                        .with(as(memberRep))
                        .header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisation\":\"%s\",\"answers\":{\"1999-01-01\":\"yes\"}}"
                                .formatted(member.id())))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Esa fecha no es una de las fechas de la votación.");
        assertThat(repository.poll(id).orElseThrow().answers()).isEmpty();
    }

    @Test
    void anOversizedCommentIsRefusedInArabicAndEarlierCommentsStay() {
        CallId id = fixtures.inDiscussion(issuerRep, issuer, "Long comment " + unique());
        service.comment(memberRep, id, member.id().toString(), "1", "", "A first, saved comment");
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/comments", id)
                        .with(as(memberRep))
                        .with(csrf())
                        .header("Accept-Language", "ar")
                        .param("organisation", member.id().toString())
                        .param("comment", "x".repeat(5001)))
                .hasStatus(400)
                .bodyText()
                .contains("لا يتجاوز التعليق 5000 حرف.", "A first, saved comment", "x".repeat(5001));
        assertThat(repository.comments(id))
                .extracting(CallRepository.Comment::body)
                .containsExactly("A first, saved comment");
    }

    @Test
    void anOversizedNewCallIsShownAgainWithWhatWasTyped() {
        String title = "Too long " + unique();
        assertThat(mvc.post()
                        .uri("/account/calls")
                        .with(as(issuerRep))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("issuer." + issuer.id(), "on")
                        .param("language", "en")
                        .param("title", title)
                        .param("body", "y".repeat(20001)))
                .hasStatus(400)
                .bodyText()
                .contains("El texto puede tener como máximo 20000 caracteres.", title);
        assertThat(mvc.get().uri("/account/calls").with(as(issuerRep)))
                .bodyText()
                .doesNotContain(title);
    }

    @Test
    void aStatusChangeThatIsNotAllowedIs409AndTheStatusStays() {
        CallId id = fixtures.inDiscussion(issuerRep, issuer, "Too early " + unique());
        assertThat(mvc.post()
                        .uri("/account/calls/{id}/status", id)
                        .with(as(issuerRep))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("status", "open"))
                .hasStatus(409)
                .bodyText()
                .contains("El llamamiento no puede pasar ahora a ese estado.");
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/status", id)
                        .with(as(issuerRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"closed\"}"))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("The call cannot change to that status now.");
        assertThat(calls.byId(id).orElseThrow().status()).isEqualTo(CallStatus.DISCUSSION);
    }

    @Test
    void theApiShowsAnonymousReadersOnlyPublicCallsAndTheirPublishedVersions() {
        String title = "Public parts " + unique();
        CallId open = fixtures.withPoll(issuerRep, issuer, title);
        service.comment(memberRep, open, member.id().toString(), "", "", "never public");
        service.closePoll(issuerRep, open, "2027-05-01");
        service.publishVersion(issuerRep, open, "en");
        service.saveVersion(issuerRep, open, "es", title + " (borrador)", "Texto en borrador.");
        service.changeStatus(issuerRep, open, "open");
        CallId discussed = fixtures.inDiscussion(issuerRep, issuer, "Not yet " + unique());
        assertThat(mvc.get().uri("/api/v1/calls/{id}", open))
                .hasStatusOk()
                .hasHeader("Cache-Control", "max-age=60, public")
                .bodyText()
                .contains(title, "2027-05-01", issuer.slug(), "\"open\"")
                .doesNotContain("borrador", "never public");
        assertThat(mvc.get().uri("/api/v1/calls/{id}", discussed)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/calls?language=en"))
                .hasStatusOk()
                .bodyText()
                .contains(title)
                .doesNotContain("Not yet");
        assertThat(mvc.get().uri("/api/v1/calls?language=es"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(title);
    }
}
