package org.organizer.cases.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.Cases;
import org.organizer.funds.FundText;
import org.organizer.funds.Funds;
import org.organizer.funds.NewFund;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class CampaignsTests {

    private static final Pattern LINK = Pattern.compile("/cases/solidarity/confirm/[A-Za-z0-9_-]+(\\?lang=[a-z]+)?");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    Funds funds;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Actor worker;
    Actor editor;
    Actor outsider;
    CaseSummary detained;

    String admin(String path) {
        return "/admin/cases/" + detained.id() + "/campaign" + path;
    }

    @BeforeEach
    void aPublicCaseWithItsTeam() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        editor = newsrooms.person(Role.EDITOR);
        outsider = newsrooms.person(Role.CORRESPONDENT);
        detained = cases.open(admin, "PE", "DETAINED", "es", Newsrooms.unique("Resumen"));
        cases.addTeamMember(admin, detained.id(), worker.email());
    }

    private void makePublic() {
        UUID person = cases.addPerson(
                worker, detained.id(), "VICTIM", null, Newsrooms.unique("Fictional Prisoner"), null, null, null, null);
        cases.setVisibility(worker, detained.id(), "PERSON", person, "name", null, "PUBLIC");
        cases.recordConsent(
                worker,
                detained.id(),
                person,
                "NAME",
                "PERSON",
                LocalDate.now().minusDays(1).toString());
    }

    private MvcTestResult post(Actor actor, String path, String... params) {
        var request = mvc.post().uri(admin(path)).with(as(actor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String campaign(String lang) {
        return "/" + lang + "/cases/" + detained.slug() + "/campaign";
    }

    @Test
    void aPublicCaseHasACampaignWithDemandsPerLanguageNextHearingsAndLinkedFunds() {
        assertThat(mvc.get().uri(campaign("es")))
                .as("the case is not public yet")
                .hasStatus(404);
        makePublic();
        String demands = Newsrooms.unique("Libertad inmediata");
        assertThat(post(worker, "/demands", "language", "es", "demands", demands))
                .hasStatus3xxRedirection();
        String when = LocalDateTime.now()
                .plusDays(20)
                .truncatedTo(ChronoUnit.MINUTES)
                .withHour(10)
                .withMinute(0)
                .toString();
        assertThat(post(worker, "/hearings", "startsAt", when, "timeZone", "America/Lima", "place", "Juzgado de Puno"))
                .hasStatus3xxRedirection();
        String fund = Newsrooms.unique("Fondo de defensa");
        funds.open(
                admin,
                new NewFund(
                        FundText.of("es", fund, ""),
                        Currency.getInstance("PEN"),
                        null,
                        LocalDate.now(),
                        null,
                        null,
                        null,
                        detained.id()));

        assertThat(mvc.get().uri(campaign("es")))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains(demands)
                .contains("Juzgado de Puno")
                .contains(fund)
                .contains("/es/cases/" + detained.slug() + "/hearings.ics");
        assertThat(mvc.get().uri(campaign("en"))).hasStatusOk().bodyText().doesNotContain(demands);
        assertThat(mvc.get().uri("/es/cases/" + detained.slug())).bodyText().contains(campaign("es"));
    }

    @Test
    void theHearingsFeedIsAnICalendarWithEscapedFoldedLinesInUtc() throws Exception {
        makePublic();
        LocalDateTime local =
                LocalDateTime.now().plusDays(9).truncatedTo(ChronoUnit.HOURS).withHour(9);
        String place = "Sala 3, Juzgado Penal; Puno \\ الطابق الثاني — a long name that needs folding of the line";
        assertThat(post(worker, "/hearings", "startsAt", local.toString(), "timeZone", "America/Lima", "place", place))
                .hasStatus3xxRedirection();

        MvcTestResult feed =
                mvc.get().uri("/ar/cases/" + detained.slug() + "/hearings.ics").exchange();
        assertThat(feed).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
        byte[] bytes = feed.getResponse().getContentAsByteArray();
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).endsWith("\r\n").doesNotContain("\r\n\r\n");
        for (String physical : raw.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\n").doesNotContain("\r");
        }
        String unfolded = raw.replace("\r\n ", "");
        assertThat(unfolded.split("\r\n"))
                .startsWith("BEGIN:VCALENDAR", "VERSION:2.0")
                .contains("BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR", "DURATION:PT2H")
                .contains("LOCATION:Sala 3\\, Juzgado Penal\\; Puno \\\\ الطابق الثاني — a long name that needs folding"
                        + " of the line")
                .contains("DTSTART:"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                .format(local.atZone(ZoneId.of("America/Lima")).withZoneSameInstant(ZoneOffset.UTC)))
                .anySatisfy(line -> assertThat(line).startsWith("SUMMARY:جلسة"));
        assertThat(raw).contains("\r\n ");
    }

    @Test
    void thePrisonersAddressIsShownOnlyWhileAllowedAndLeavesTheCachedPageAtOnce() {
        makePublic();
        String address = Newsrooms.unique("Penal de Challapalca, Tacna");
        assertThat(mvc.get().uri(campaign("es"))).bodyText().doesNotContain("Cómo escribir");
        assertThat(post(
                        worker,
                        "/address",
                        "address",
                        address,
                        "allowedBy",
                        "FAMILY",
                        "allowedOn",
                        LocalDate.now().toString()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(campaign("es"))).bodyText().contains(address);
        assertThat(mvc.get().uri(admin("")).with(as(worker)))
                .bodyText()
                .contains(worker.displayName())
                .contains("The family");

        assertThat(post(worker, "/address/withdraw")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(campaign("es"))).bodyText().doesNotContain(address);
        assertThat(mvc.get().uri(admin("")).with(as(worker)))
                .bodyText()
                .as("nothing lost")
                .contains(address);
    }

    @Test
    void aSolidarityMessageAppearsOnlyAfterItsSenderConfirmsAndTheTeamApprovesAndNeverShowsTheEmail() throws Exception {
        makePublic();
        String email = "solidarity-" + UUID.randomUUID() + "@example.org";
        String message = Newsrooms.unique("¡Libertad! <script>alert(1)</script>");
        String organisation = Newsrooms.unique("Sindicato ficticio de estibadores");
        assertThat(mvc.get().uri("/es/cases/" + detained.slug() + "/solidarity"))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"fax\"");
        assertThat(mvc.post()
                        .uri("/es/cases/" + detained.slug() + "/solidarity")
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("country", "ar")
                        .param("message", message)
                        .param("email", email)
                        .param("fax", ""))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(campaign("es"))).bodyText().doesNotContain(organisation);

        String link = confirmationLink(email);
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains(organisation);
        assertThat(mvc.get().uri(campaign("es")))
                .bodyText()
                .as("a GET confirms nothing")
                .doesNotContain(organisation);
        assertThat(mvc.post().uri(link).with(csrf())).hasStatusOk().bodyText().contains("está confirmado");
        assertThat(mvc.post().uri(link).with(csrf())).as("used once").hasStatus(404);
        assertThat(mvc.get().uri(campaign("es")))
                .bodyText()
                .as("waits for approval")
                .doesNotContain(organisation);

        UUID id = jdbc.sql("SELECT id FROM case_solidarity_message WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .single();
        assertThat(post(outsider, "/messages/" + id + "/approve")).hasStatus(403);
        assertThat(mvc.get().uri(admin("")).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(organisation)
                .contains(email)
                .doesNotContain("/campaign/demands");
        assertThat(post(editor, "/messages/" + id + "/approve")).hasStatus3xxRedirection();

        assertThat(mvc.get().uri(campaign("es")))
                .bodyText()
                .contains(organisation)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain(email);
        assertThat(post(worker, "/messages/" + id + "/reject")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(campaign("es"))).bodyText().doesNotContain(organisation);
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeASubmissionButNothingIsStoredOrSent() {
        makePublic();
        String email = "bot-" + UUID.randomUUID() + "@example.org";
        assertThat(mvc.post()
                        .uri("/en/cases/" + detained.slug() + "/solidarity")
                        .with(csrf())
                        .param("organisation", "Bot")
                        .param("country", "AR")
                        .param("message", "Spam")
                        .param("email", email)
                        .param("fax", "+1 555"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT count(*) FROM case_solidarity_message WHERE email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void badInputGetsAClearTranslatedMessageKeepsWhatWasTypedAndWritesNothing() {
        makePublic();
        String organisation = Newsrooms.unique("Typed organisation");
        assertThat(mvc.post()
                        .uri("/es/cases/" + detained.slug() + "/solidarity")
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("country", "XX")
                        .param("message", "Solidaridad")
                        .param("email", "someone@example.org"))
                .hasStatus(400)
                .bodyText()
                .contains("Escriba el país con su código ISO")
                .contains(organisation)
                .contains("Solidaridad");
        assertThat(mvc.post()
                        .uri("/en/cases/" + detained.slug() + "/solidarity")
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("country", "AR")
                        .param("message", "Solidarity")
                        .param("email", "not an address"))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a valid contact e-mail address.");
        assertThat(jdbc.sql("SELECT count(*) FROM case_solidarity_message WHERE organisation = ?")
                        .param(organisation)
                        .query(Integer.class)
                        .single())
                .isZero();

        String place = Newsrooms.unique("Typed place");
        assertThat(post(
                        worker,
                        "/hearings",
                        "startsAt",
                        "2020-01-01T10:00",
                        "timeZone",
                        "America/Lima",
                        "place",
                        place))
                .hasStatus(400)
                .bodyText()
                .contains("A planned hearing lies in the future")
                .contains(place);
        assertThat(post(
                        worker,
                        "/hearings",
                        "startsAt",
                        "2099-01-01T10:00",
                        "timeZone",
                        "Mars/Olympus",
                        "place",
                        place))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a time zone by its name");
        assertThat(post(worker, "/hearings", "startsAt", "next week", "timeZone", "UTC", "place", place))
                .hasStatus(400)
                .bodyText()
                .contains("Enter the date and time of the hearing.");
        assertThat(post(
                        worker,
                        "/address",
                        "address",
                        "Somewhere",
                        "allowedBy",
                        "NEIGHBOUR",
                        "allowedOn",
                        "2024-01-01"))
                .hasStatus(400)
                .bodyText()
                .contains("Say whether the person or the family allowed");
        assertThat(post(outsider, "/demands", "language", "es", "demands", "No"))
                .hasStatus(403);
        assertThat(post(worker, "/demands", "language", "xx", "demands", "No"))
                .hasStatus(400)
                .bodyText()
                .contains("Choose one of the site");
        assertThat(mvc.get().uri("/cases/solidarity/confirm/not-a-token")).hasStatus(404);
        assertThat(mvc.get().uri("/es/cases/case-nothere/campaign")).hasStatus(404);
        assertThat(mvc.get().uri(campaign("es")))
                .bodyText()
                .doesNotContain(place)
                .contains("No hay ninguna audiencia prevista.");
    }

    private static String confirmationLink(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestMailServer.messagesTo(address).isEmpty());
        MimeMessage message = TestMailServer.messagesTo(address).getLast();
        String body = GreenMailUtil.getBody(message)
                .replace("=\r\n", "")
                .replace("=\n", "")
                .replace("=3D", "=");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group();
    }
}
