package org.organizer.network.announcements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.distribution.announce.AnnouncementFixtures.WAIT;
import static org.organizer.distribution.announce.AnnouncementFixtures.mails;
import static org.organizer.distribution.announce.AnnouncementFixtures.posts;
import static org.organizer.distribution.announce.AnnouncementFixtures.uniqueChat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.announce.AnnouncementFixtures;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.network.Call;
import org.organizer.network.CallDateDecided;
import org.organizer.network.CallId;
import org.organizer.network.Calls;
import org.organizer.network.EndorsementPublished;
import org.organizer.network.EndorsementWithdrawn;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network's events announced through the real pages, listeners and delivery jobs: a call opening in its
 * published languages, a decided date, and the daily digest of endorsements counted by country.
 */
@PressTest
class NetworkAnnouncementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Calls calls;

    @Autowired
    EndorsementDigest digest;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    AnnouncementFixtures fixtures;
    Actor editor;

    @BeforeEach
    void fixtures() {
        newsrooms.ensurePublication();
        fixtures = new AnnouncementFixtures(mvc, jdbc, newsrooms, deliveries);
        editor = newsrooms.person(Role.EDITOR);
    }

    @AfterEach
    void defaults() {
        fixtures.reset();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(editor)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    /**
     * A call issued by a new organisation, taken through the issuers' pages: discussed, its day decided on 1 May
     * 2027, published in English and Spanish (not Arabic) and opened for endorsement.
     */
    private CallId openCall(String issuer, String title) {
        MvcTestResult organisation = mvc.post()
                .uri("/admin/organisations")
                .with(as(editor))
                .with(csrf())
                .param("kind", "trade-union")
                .param("country", "IT")
                .param("city", "Genova")
                .param("languages", "it, en")
                .param("website", "")
                .param("name.en", issuer)
                .exchange();
        assertThat(organisation).hasStatus3xxRedirection();
        String location = organisation.getResponse().getRedirectedUrl();
        String organisationId = location.substring("/admin/organisations/".length(), location.indexOf('?'));
        MvcTestResult created = mvc.post()
                .uri("/account/calls")
                .with(as(editor))
                .with(csrf())
                .param("issuer." + organisationId, "on")
                .param("language", "en")
                .param("originalDate", "2027-01-15")
                .param("title", title)
                .param("body", "We call on every worker to stand together.")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String workspace = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        CallId id =
                CallId.parse(workspace.substring("/account/calls/".length())).orElseThrow();
        post(workspace + "/status", "status", "discussion");
        post(workspace + "/poll", "dates", "2027-05-01");
        post(workspace + "/poll/close", "date", "2027-05-01");
        // Issuers publish their versions long after the decision; the listener has seen the call in discussion.
        listenersDone("CallAnnouncements");
        post(workspace + "/versions", "language", "es", "title", "Llamamiento " + title, "body", "Llamamos a todos.");
        post(workspace + "/versions/en/publish");
        post(workspace + "/versions/es/publish");
        post(workspace + "/status", "status", "open");
        return id;
    }

    private String slug(CallId id, String language) {
        return calls.byId(id)
                .flatMap(c -> c.version(language))
                .map(Call.Version::slug)
                .orElseThrow();
    }

    private void listenersDone(String listener) {
        await().atMost(WAIT)
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM event_publication
                                WHERE completion_date IS NULL AND listener_id LIKE ?
                                """)
                                .param("%" + listener + "%")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    @Test
    void aCallOpeningIsAnnouncedInEachPublishedLanguageWithItsDayOfActionButNotItsDateDecidedInDiscussion()
            throws Exception {
        fixtures.everythingEverywhere();
        String englishChat = uniqueChat();
        fixtures.channels(Map.of("en", englishChat));
        String english = fixtures.reader("en");
        String spanish = fixtures.reader("es");
        String arabic = fixtures.reader("ar");
        String issuer = "Dockers of Genoa " + unique();
        String title = "Ports against the war " + unique();

        CallId call = openCall(issuer, title);

        AnnouncementFixtures.Recorded en = fixtures.announced("call-opened:" + call + ":en");
        AnnouncementFixtures.Recorded es = fixtures.announced("call-opened:" + call + ":es");
        assertThat(en.kind()).isEqualTo("call-opened");
        fixtures.done(en.newsletterBatch());
        fixtures.done(es.newsletterBatch());
        fixtures.done(en.telegramBatch());
        String body = GreenMailUtil.getBody(mails(english, title).getFirst()).replace("=\r\n", "");
        assertThat(body)
                .contains("Call: " + title)
                .contains("Issued by " + issuer)
                .contains("Day of action: May 1, 2027")
                .contains("/en/calls/" + slug(call, "en"));
        assertThat(mails(spanish, title))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("Llamamiento: Llamamiento " + title));
        assertThat(mails(arabic, title)).as("the call has no Arabic version").isEmpty();
        assertThat(posts(englishChat, title))
                .singleElement()
                .satisfies(p -> assertThat(p.text()).contains("/en/calls/" + slug(call, "en")));
        listenersDone("CallAnnouncements");
        assertThat(fixtures.find("call-date:" + call + ":2027-05-01"))
                .as("decided while the call was not public")
                .isEmpty();
    }

    @Test
    void aDateDecidedForACallAlreadyPublicIsAnnouncedInItsPublishedLanguagesOnce() {
        CallId call = openCall("Issuers " + unique(), "Second strike " + unique());
        String chat = uniqueChat();
        fixtures.channels(Map.of("es", chat));
        LocalDate day = LocalDate.of(2027, 6, 12);

        transactions.executeWithoutResult(status -> events.publishEvent(new CallDateDecided(call, day)));
        transactions.executeWithoutResult(status -> events.publishEvent(new CallDateDecided(call, day)));

        AnnouncementFixtures.Recorded recorded = fixtures.announced("call-date:" + call + ":" + day);
        assertThat(recorded.kind()).isEqualTo("call-date-decided");
        assertThat(fixtures.versionTexts(recorded.id()))
                .hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("Day of action decided: June 12, 2027"))
                .anySatisfy(t -> assertThat(t).contains("/es/calls/" + slug(call, "es")));
        fixtures.done(recorded.telegramBatch());
        listenersDone("CallAnnouncements");
        assertThat(posts(chat, "12 de junio de 2027")).hasSize(1);
    }

    @Test
    void theDailyDigestCountsNewEndorsementsOfACallByCountryOnceAndLeavesOutWithdrawnOnes() {
        CallId call = openCall("Issuers " + unique(), "Endorse the port strike " + unique());
        String chat = uniqueChat();
        fixtures.channels(Map.of("en", chat));
        UUID withdrawn = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new EndorsementPublished(call, UUID.randomUUID(), "IT"));
            events.publishEvent(new EndorsementPublished(call, UUID.randomUUID(), "IT"));
            events.publishEvent(new EndorsementPublished(call, withdrawn, "IT"));
            events.publishEvent(new EndorsementPublished(call, UUID.randomUUID(), "ES"));
        });
        transactions.executeWithoutResult(status -> events.publishEvent(new EndorsementWithdrawn(call, withdrawn)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        digest.run(today);

        AnnouncementFixtures.Recorded recorded = fixtures.announced("endorsements:" + call + ":" + today);
        assertThat(recorded.kind()).isEqualTo("endorsements-digest");
        assertThat(fixtures.versionTexts(recorded.id()))
                .anySatisfy(t -> assertThat(t)
                        .startsWith("3 new endorsements of \"Endorse the port strike")
                        .contains("By country: Italy 2, Spain 1."));
        fixtures.done(recorded.telegramBatch());
        assertThat(posts(chat, "By country: Italy 2, Spain 1.")).hasSize(1);

        transactions.executeWithoutResult(
                status -> events.publishEvent(new EndorsementPublished(call, UUID.randomUUID(), "AR")));
        digest.run(today);

        assertThat(pending(call)).as("kept for the next day's digest").isEqualTo(1);
        digest.run(today.plusDays(1));
        assertThat(pending(call)).isZero();
        assertThat(fixtures.announced("endorsements:" + call + ":" + today.plusDays(1)))
                .satisfies(r -> assertThat(fixtures.versionTexts(r.id()))
                        .anySatisfy(t -> assertThat(t)
                                .startsWith("One new endorsement of")
                                .contains("By country: Argentina 1."))
                        .anySatisfy(t -> assertThat(t).startsWith("Una nueva adhesión a")));
    }

    @Test
    void theDigestIsADurableDailyJob() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = 'recurring'")
                        .param(EndorsementDigestJob.TASK)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private int pending(CallId call) {
        return jdbc.sql("SELECT count(*) FROM network_endorsement_digest_entry WHERE call_id = ?")
                .param(call.value())
                .query(Integer.class)
                .single();
    }
}
