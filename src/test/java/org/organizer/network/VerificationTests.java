package org.organizer.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.network.NetworkFixtures.form;
import static org.organizer.network.NetworkFixtures.unique;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Verification by an address at the website's domain, by an editor's vouch, and adding representatives. */
@PressTest
class VerificationTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NetworkFixtures fixtures;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationRepository repository;

    @Autowired
    Accounts accounts;

    private Organisation withWebsite(Actor editor, String host) {
        Map<String, String> params = form("Verified union " + unique());
        params.put("website", "https://www." + host + "/about");
        return fixtures.create(editor, params);
    }

    private static String mailTo(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestMailServer.messagesTo(address).isEmpty());
        MimeMessage message = TestMailServer.messagesTo(address).getFirst();
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }

    private static String link(String body) {
        Matcher m = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group().replaceFirst("https?://[^/]+", "");
    }

    @Test
    void aRepresentativeConfirmsAnAddressAtTheWebsitesDomainAndTheOrganisationIsVerified() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        String host = "dockers-" + unique() + ".example.org";
        Organisation organisation = withWebsite(editor, host);
        Actor representative = fixtures.representativeOf(editor, organisation);
        String address = "secretary@mail." + host;

        assertThat(mvc.post()
                        .uri("/account/organisations/{id}/verification", organisation.id())
                        .with(as(representative))
                        .with(csrf())
                        .param("email", address))
                .hasStatus3xxRedirection();
        String path = link(mailTo(address));
        assertThat(path).startsWith("/organisations/verify/");
        assertThat(organisations.isVerified(organisation.id())).isFalse();

        assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains(organisation.name("en", "en"));
        assertThat(organisations.isVerified(organisation.id()))
                .as("opening the link alone verifies nothing")
                .isFalse();
        assertThat(mvc.post().uri(path).with(csrf())).hasStatusOk();

        assertThat(organisations.isVerified(organisation.id())).isTrue();
        OrganisationRepository.Verification recorded =
                repository.verifications(organisation.id()).getFirst();
        assertThat(recorded.method()).isEqualTo("domain-email");
        assertThat(recorded.by()).isEqualTo(representative.id());
        assertThat(recorded.domain()).isEqualTo(host);
        assertThat(recorded.detail()).isEqualTo(address);
        assertThat(mvc.get().uri("/en/organisations/{slug}", organisation.slug()))
                .bodyText()
                .contains("class=\"verified\"");
        assertThat(mvc.post().uri(path).with(csrf())).as("a link works once").hasStatus(404);
    }

    @Test
    void anAddressAtAnotherDomainIsRefusedInTheReadersLanguage() {
        Actor editor = fixtures.person(Role.EDITOR);
        String host = "union-" + unique() + ".example.org";
        Organisation organisation = withWebsite(editor, host);
        Actor representative = fixtures.representativeOf(editor, organisation);
        String elsewhere = "me-" + unique() + "@gmail.example.com";

        assertThat(mvc.post()
                        .uri("/account/organisations/{id}/verification", organisation.id())
                        .with(as(representative))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("email", elsewhere))
                .hasStatus(400)
                .bodyText()
                .contains("La dirección debe estar en el dominio del sitio web", elsewhere);
        assertThat(mvc.post()
                        .uri("/account/organisations/{id}/verification", organisation.id())
                        .with(as(representative))
                        .with(csrf())
                        .header("Accept-Language", "ar")
                        .param("email", "x@evil" + host))
                .hasStatus(400)
                .bodyText()
                .contains("يجب أن يكون العنوان في نطاق موقع المنظمة");
        assertThat(TestMailServer.messagesTo(elsewhere)).isEmpty();
        assertThat(organisations.isVerified(organisation.id())).isFalse();
    }

    @Test
    void anEditorsVouchRecordsWhoWhenAndWhy() {
        Actor editor = fixtures.person(Role.EDITOR);
        Organisation organisation = fixtures.create(editor, "Vouched committee " + unique());
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/vouch", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("reason", "Met their delegates at the Genoa assembly"))
                .hasStatus3xxRedirection();

        assertThat(organisations.isVerified(organisation.id())).isTrue();
        OrganisationRepository.Verification vouch =
                repository.verifications(organisation.id()).getFirst();
        assertThat(vouch.method()).isEqualTo("editor-vouch");
        assertThat(vouch.by()).isEqualTo(editor.id());
        assertThat(vouch.at()).isAfter(before);
        assertThat(vouch.detail()).isEqualTo("Met their delegates at the Genoa assembly");
        assertThat(mvc.get().uri("/admin/organisations/{id}", organisation.id()).with(as(editor)))
                .bodyText()
                .contains("Met their delegates at the Genoa assembly", editor.displayName());

        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/vouch", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("reason", " "))
                .hasStatus(400)
                .bodyText()
                .contains("Indique un motivo");
    }

    @Test
    void aDomainConfirmationStopsCountingWhenTheWebsiteMovesToAnotherDomain() {
        Actor editor = fixtures.person(Role.EDITOR);
        String host = "moving-" + unique() + ".example.org";
        Organisation organisation = withWebsite(editor, host);
        Actor representative = fixtures.representativeOf(editor, organisation);
        repository.addVerification(organisation.id(), "domain-email", representative.id(), host, "a@" + host);
        assertThat(organisations.isVerified(organisation.id())).isTrue();

        Map<String, String> moved = form(organisation.name("en", "en"));
        moved.put("website", "https://elsewhere-" + unique() + ".example.net");
        assertThat(mvc.post()
                        .uri("/account/organisations/{id}", organisation.id())
                        .with(as(representative))
                        .with(csrf())
                        .params(AccessTests.multi(moved)))
                .hasStatus3xxRedirection();
        assertThat(organisations.isVerified(organisation.id())).isFalse();
    }

    @Test
    void addingARepresentativeByEmailCreatesARepresentativeAccountAndMailsASetPasswordLink() throws Exception {
        Actor editor = fixtures.person(Role.EDITOR);
        Organisation organisation = fixtures.create(editor, "Growing union " + unique());
        String email = "new-rep-" + unique() + "@example.org";

        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Nadia Rep"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/organisations/" + organisation.id() + "?notice=invited");

        Actor created = accounts.byEmail(email).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.REPRESENTATIVE);
        assertThat(organisations.representativesOf(organisation.id())).containsExactly(created.id());
        assertThat(organisations.organisationsRepresentedBy(created.id()))
                .extracting(Organisation::id)
                .containsExactly(organisation.id());
        String path = link(mailTo(email));
        assertThat(path).startsWith("/account/activate/");
        assertThat(mvc.get().uri(path)).hasStatusOk();

        Actor existing = fixtures.person(Role.CORRESPONDENT);
        assertThat(mvc.post()
                        .uri("/admin/organisations/{id}/representatives", organisation.id())
                        .with(as(editor))
                        .with(csrf())
                        .param("email", existing.email()))
                .hasRedirectedUrl("/admin/organisations/" + organisation.id() + "?notice=added");
        assertThat(accounts.byId(existing.id()).orElseThrow().role()).isEqualTo(Role.CORRESPONDENT);
        assertThat(organisations.representativesOf(organisation.id())).contains(existing.id());
        assertThat(mvc.get()
                        .uri("/account/organisations/{id}", organisation.id())
                        .with(as(existing)))
                .hasStatusOk();
        assertThat(List.of(created.id(), existing.id()))
                .allSatisfy(id -> assertThat(organisations.isRepresentative(id, organisation.id()))
                        .isTrue());
    }
}
