package org.organizer.network.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.network.calls.CallFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what with a call: the issuer's representative manages it, a member organisation's representative
 * speaks only for their own organisation, editors manage any call, and everyone else reads only what is public.
 */
@PressTest
class CallAccessTests {

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
    Actor correspondent;

    @BeforeEach
    void network() {
        fixtures = new CallFixtures(mvc, newsrooms, organisations, service);
        issuer = fixtures.organisation("Issuer " + unique());
        member = fixtures.organisation("Member " + unique());
        issuerRep = fixtures.representativeOf(issuer);
        memberRep = fixtures.representativeOf(member);
        correspondent = fixtures.person(Role.CORRESPONDENT);
    }

    /** Every write of the working pages, with parameters that would be accepted from someone allowed. */
    private Map<String, Map<String, String>> writes(CallId id, Organisation speaksFor) {
        String base = "/account/calls/" + id;
        String org = speaksFor.id().toString();
        return Map.of(
                base + "/status", Map.of("status", "open"),
                base + "/versions", Map.of("language", "es", "title", "Título", "body", "Texto."),
                base + "/versions/en/publish", Map.of(),
                base + "/comments", Map.of("organisation", org, "comment", "A comment"),
                base + "/amendments", Map.of("organisation", org, "amendParagraph", "1", "replacement", "New"),
                base + "/amendments/" + Long.MAX_VALUE + "/reject", Map.of("rejectReason", "No"),
                base + "/poll", Map.of("dates", "2027-06-01"),
                base + "/poll/answers", Map.of("organisation", org, "answer.2027-05-01", "yes"),
                base + "/poll/close", Map.of("date", "2027-05-01"));
    }

    private int status(RequestPostProcessor who, String uri, Map<String, String> params) {
        var request = mvc.post().uri(uri).with(who).with(csrf());
        for (Map.Entry<String, String> p : params.entrySet()) {
            request = request.param(p.getKey(), p.getValue());
        }
        return request.exchange().getResponse().getStatus();
    }

    @Test
    void everyWriteNeedsSignInAndOutsidersAreRefusedWithoutChangingTheCall() {
        CallId id = fixtures.withPoll(issuerRep, issuer, "Guarded " + unique());
        for (Map.Entry<String, Map<String, String>> write : writes(id, issuer).entrySet()) {
            var anonymous = mvc.post().uri(write.getKey()).with(csrf());
            assertThat(anonymous).as(write.getKey()).hasStatus3xxRedirection();
            assertThat(status(as(correspondent), write.getKey(), write.getValue()))
                    .as("correspondent on " + write.getKey())
                    .isEqualTo(403);
        }
        assertThat(mvc.get().uri("/account/calls/{id}", id).with(as(correspondent)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/account/calls/{id}", id)).hasStatus3xxRedirection();
        assertThat(repository.comments(id)).isEmpty();
        assertThat(repository.poll(id).orElseThrow().answers()).isEmpty();
        assertThat(calls.byId(id).orElseThrow().status()).isEqualTo(CallStatus.DISCUSSION);
    }

    @Test
    void aMemberRepresentativeSpeaksForTheirOwnOrganisationButCannotManageTheCall() {
        CallId id = fixtures.withPoll(issuerRep, issuer, "Member rights " + unique());
        service.propose(issuerRep, id, issuer.id().toString(), "1", "Better first paragraph", "");
        long amendment = repository.amendments(id).getFirst().id();
        String base = "/account/calls/" + id;
        for (String manage : List.of("/status", "/versions", "/versions/en/publish", "/poll", "/poll/close")) {
            assertThat(status(as(memberRep), base + manage, writes(id, member).get(base + manage)))
                    .as(manage)
                    .isEqualTo(403);
        }
        assertThat(status(as(memberRep), base + "/amendments/" + amendment + "/accept", Map.of()))
                .isEqualTo(403);
        assertThat(status(as(memberRep), base + "/amendments/" + amendment + "/reject", Map.of("rejectReason", "No")))
                .isEqualTo(403);
        for (String speak : List.of("/comments", "/amendments", "/poll/answers")) {
            assertThat(status(as(memberRep), base + speak, writes(id, issuer).get(base + speak)))
                    .as("for another organisation: " + speak)
                    .isEqualTo(403);
            assertThat(status(as(memberRep), base + speak, writes(id, member).get(base + speak)))
                    .as("for their own organisation: " + speak)
                    .isEqualTo(302);
        }
        assertThat(repository.amendments(id))
                .extracting(CallRepository.Amendment::state)
                .containsOnly("PROPOSED");
        assertThat(repository.comments(id))
                .extracting(CallRepository.Comment::organisation)
                .containsOnly(member.id());
        assertThat(repository.poll(id).orElseThrow().answers())
                .extracting(CallRepository.Answer::organisation)
                .containsOnly(member.id());
    }

    @Test
    void editorsAndAdministratorsManageAnyCallButSpeakOnlyForOrganisationsTheyRepresent() {
        CallId id = fixtures.withPoll(issuerRep, issuer, "Editor rights " + unique());
        Actor editor = fixtures.person(Role.EDITOR);
        Actor administrator = fixtures.person(Role.ADMINISTRATOR);
        String base = "/account/calls/" + id;
        assertThat(mvc.get().uri(base).with(as(editor))).hasStatusOk();
        assertThat(status(as(editor), base + "/comments", writes(id, issuer).get(base + "/comments")))
                .isEqualTo(403);
        assertThat(status(as(administrator), base + "/poll/close", Map.of("date", "2027-05-15")))
                .isEqualTo(302);
        assertThat(calls.decidedDate(id)).contains(java.time.LocalDate.of(2027, 5, 15));
        assertThat(status(as(editor), base + "/versions/en/publish", Map.of())).isEqualTo(302);
        assertThat(status(as(editor), base + "/status", Map.of("status", "open")))
                .isEqualTo(302);
        assertThat(calls.isOpenForEndorsement(id)).isTrue();
    }

    @Test
    void draftsAreSeenOnlyByTheirIssuersAndTheNewsroomAndNothingUnpublishedIsPublic() {
        String title = "Secret draft " + unique();
        CallId id = fixtures.draft(issuerRep, issuer, title);
        String slug = calls.byId(id).orElseThrow().original().slug();
        assertThat(mvc.get().uri("/account/calls/{id}", id).with(as(issuerRep))).hasStatusOk();
        assertThat(mvc.get().uri("/account/calls/{id}", id).with(as(fixtures.person(Role.EDITOR))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/account/calls/{id}", id).with(as(memberRep))).hasStatus(403);
        assertThat(mvc.get().uri("/account/calls").with(as(memberRep)))
                .bodyText()
                .doesNotContain(title);
        assertThat(mvc.get().uri("/account/calls").with(as(issuerRep)))
                .bodyText()
                .contains(title);
        assertThat(mvc.get().uri("/en/calls/{slug}", slug)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/calls/{id}", id)).hasStatus(404);
        service.changeStatus(issuerRep, id, "discussion");
        assertThat(mvc.get().uri("/account/calls/{id}", id).with(as(memberRep))).hasStatusOk();
        assertThat(mvc.get().uri("/en/calls/{slug}", slug)).hasStatus(404);
        assertThat(mvc.get().uri("/en/calls")).bodyText().doesNotContain(title);
    }

    @Test
    void theApiNeedsATokenToWriteAndLetsARepresentativeWriteOnlyForTheirOrganisation() {
        CallId id = fixtures.withPoll(issuerRep, issuer, "Api rights " + unique());
        String comment = "{\"organisation\":\"%s\",\"paragraph\":1,\"body\":\"Agreed\"}";
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/comments", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(comment.formatted(member.id())))
                .hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/comments", id)
                        .with(as(memberRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(comment.formatted(issuer.id())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/comments", id)
                        .with(as(memberRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(comment.formatted(member.id())))
                .hasStatus(201);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/status", id)
                        .with(as(memberRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"open\"}"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/poll/answers", id)
                        .with(as(memberRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisation\":\"%s\",\"answers\":{\"2027-05-01\":\"yes\"}}"
                                .formatted(member.id())))
                .hasStatus(204);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/poll/close", id)
                        .with(as(memberRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/calls/{id}/poll/close", id)
                        .with(as(issuerRep))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.date")
                .isEqualTo("2027-05-01");
        assertThat(repository.comments(id)).hasSize(1);
    }
}
