package org.organizer.distribution.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.distribution.newsletter.Readers.address;
import static org.organizer.distribution.newsletter.Readers.awaitMessages;
import static org.organizer.distribution.newsletter.Readers.client;
import static org.organizer.distribution.newsletter.Readers.linkIn;
import static org.organizer.distribution.newsletter.Readers.path;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Readers subscribe with double opt-in, manage, export and delete their data on the public pages. */
@PressTest
class SubscriptionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    Readers readers;

    @BeforeEach
    void publication() {
        newsrooms.ensurePublication();
        readers = new Readers(mvc);
    }

    String state(String email) {
        return jdbc.sql("SELECT state FROM newsletter_subscriber WHERE lower(email) = lower(?)")
                .param(email)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    @Test
    void theSubscriptionPageIsAFormInTheReadersLanguage() {
        assertThat(mvc.get().uri("/es/newsletter"))
                .hasStatusOk()
                .bodyText()
                .contains("Boletín", "name=\"email\"", "name=\"_csrf\"", "value=\"es\"", "España");
        assertThat(mvc.get().uri("/xx/newsletter")).hasStatus(404);
    }

    @Test
    void subscribingSendsOnlyAConfirmationLinkAndConfirmingOnAPageWithAButtonSubscribes() throws Exception {
        String email = address("reader");
        assertThat(readers.subscribe("en", email, "es"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/en/newsletter?notice=sent");
        assertThat(mvc.get().uri("/en/newsletter?notice=sent")).bodyText().contains("Check your inbox");

        MimeMessage confirmation = awaitMessages(email, 1).getFirst();
        assertThat(confirmation.getSubject()).isEqualTo("Confirme su suscripción al boletín");
        assertThat(state(email)).isEqualTo("pending");
        String link = path(linkIn(confirmation, "/es/newsletter/confirm/"));

        // Opening the link (as a mail scanner would) changes nothing; the button does.
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("method=\"post\"", "Confirmar");
        assertThat(state(email)).isEqualTo("pending");
        MvcTestResult confirmed =
                mvc.post().uri(link).with(csrf()).with(client()).exchange();
        assertThat(confirmed).hasStatus3xxRedirection();
        assertThat(confirmed.getResponse().getRedirectedUrl()).startsWith("/es/newsletter/manage/");
        assertThat(state(email)).isEqualTo("confirmed");
        assertThat(mvc.get().uri(confirmed.getResponse().getRedirectedUrl()))
                .hasStatusOk()
                .bodyText()
                .contains(email, "Su suscripción está confirmada.");

        // The link is used up.
        assertThat(mvc.post().uri(link).with(csrf()).with(client())).hasStatus(404);
        assertThat(TestMailServer.messagesTo(email)).hasSize(1);
    }

    @Test
    void theSameAddressGetsTheSameAnswerWhetherNewPendingOrConfirmed() {
        String email = address("twice");
        MvcTestResult first = readers.subscribe("en", email, "en");
        awaitMessages(email, 1);
        MvcTestResult again = readers.subscribe("en", email.toUpperCase(), "en");
        String confirmedEmail = address("confirmed");
        readers.confirmed(confirmedEmail, "en");
        MvcTestResult confirmedAgain = readers.subscribe("en", confirmedEmail, "en");

        for (MvcTestResult result : List.of(first, again, confirmedAgain)) {
            assertThat(result).hasStatus(302).hasRedirectedUrl("/en/newsletter?notice=sent");
        }
        // A second request within the mail interval sends nothing more: the form cannot flood an inbox.
        assertThat(TestMailServer.messagesTo(email)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM newsletter_subscriber WHERE lower(email) = lower(?)")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aConfirmedReaderAskingAgainIsToldByMailWhereToManageTheSubscription() throws Exception {
        String email = address("again");
        readers.confirmed(email, "en");
        jdbc.sql("UPDATE newsletter_subscriber SET last_mail_at = now() - interval '1 hour' WHERE email = ?")
                .param(email)
                .update();

        assertThat(readers.subscribe("en", email, "en")).hasRedirectedUrl("/en/newsletter?notice=sent");

        MimeMessage notice = awaitMessages(email, 2).get(1);
        assertThat(notice.getSubject()).isEqualTo("You already receive our newsletter");
        assertThat(mvc.get().uri(path(linkIn(notice, "/en/newsletter/manage/"))))
                .hasStatusOk();
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndStatus400() {
        assertThat(readers.subscribe("en", "not-an-address", "en"))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a valid e-mail address");
        assertThat(readers.subscribe("en", "a".repeat(250) + "@example.org", "en"))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a valid e-mail address");
        assertThat(readers.subscribe("en", address("lang"), "de"))
                .hasStatus(400)
                .bodyText()
                .contains("Choose one of the languages of the publication.");
        assertThat(readers.subscribe("en", address("country"), "en", "XX"))
                .hasStatus(400)
                .bodyText()
                .contains("Choose countries from the list only.");
        assertThat(mvc.get().uri("/en/newsletter/manage/" + "x".repeat(43))).hasStatus(404);
        assertThat(mvc.post().uri("/newsletter/unsubscribe/" + "x".repeat(43))).hasStatus(404);
    }

    @Test
    void readersChangeTheirChoicesExportTheirDataAsJsonAndDeleteIt() throws Exception {
        String email = address("export");
        String manage = readers.confirmed(email, "en", "IT");

        assertThat(mvc.post()
                        .uri(manage)
                        .param("language", "ar")
                        .param("countries", "CL")
                        .param("countries", "TN")
                        .with(csrf())
                        .with(client()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(manage.replace("/en/", "/ar/") + "?notice=saved");

        MvcTestResult export = mvc.get().uri(manage + "/export").exchange();
        assertThat(export)
                .hasStatusOk()
                .hasContentType("application/json")
                .headers()
                .hasValue("Content-Disposition", "attachment; filename=\"newsletter-subscription.json\"");
        JsonNode data = json.readTree(export.getResponse().getContentAsString());
        assertThat(data.get("email").asString()).isEqualTo(email);
        assertThat(data.get("language").asString()).isEqualTo("ar");
        assertThat(data.get("countries").toString()).isEqualTo("[\"CL\",\"TN\"]");
        assertThat(data.get("state").asString()).isEqualTo("confirmed");

        assertThat(mvc.post().uri(manage + "/delete").with(csrf()).with(client()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/en/newsletter?notice=deleted");
        assertThat(state(email)).isEqualTo("none");
        assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE lower(recipient) = lower(?)")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mvc.get().uri(manage)).hasStatus(404);
        assertThat(mvc.get().uri(manage + "/export")).hasStatus(404);
    }

    @Test
    void theManagePageRefusesAnUnknownLanguage() {
        String manage = readers.confirmed(address("manage"), "en");
        assertThat(mvc.post().uri(manage).param("language", "zz").with(csrf()).with(client()))
                .hasStatus(400)
                .bodyText()
                .contains("Choose one of the languages of the publication.");
    }
}
