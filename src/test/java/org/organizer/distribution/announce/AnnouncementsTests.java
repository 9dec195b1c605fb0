package org.organizer.distribution.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.distribution.announce.AnnouncementFixtures.WAIT;
import static org.organizer.distribution.announce.AnnouncementFixtures.mails;
import static org.organizer.distribution.announce.AnnouncementFixtures.posts;
import static org.organizer.distribution.announce.AnnouncementFixtures.uniqueChat;
import static org.organizer.press.support.Newsrooms.as;
import static org.organizer.press.support.Newsrooms.unique;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Role;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.DeliveryState;
import org.organizer.distribution.telegram.FakeBotApi;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announcements through the real delivery jobs: e-mails to the newsletter's readers of each language through
 * the SMTP server, posts through the Bot API stand-in, each key once, and the editors' choice per kind.
 */
@PressTest
class AnnouncementsTests {

    @Autowired
    Announcements announcements;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Deliveries deliveries;

    @Autowired
    TransactionTemplate transactions;

    AnnouncementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        newsrooms.ensurePublication();
        fixtures = new AnnouncementFixtures(mvc, jdbc, newsrooms, deliveries);
    }

    @AfterEach
    void defaults() {
        fixtures.reset();
    }

    private static Announcement callOpened(String key, String english, String spanish) {
        return Announcement.of(
                key,
                AnnouncementKind.CALL_OPENED,
                Map.of(
                        "en",
                        new Announcement.Version(english, "Organisations can endorse it.", "/en/calls/x"),
                        "es",
                        new Announcement.Version(spanish, "Las organizaciones pueden adherirse.", "/es/calls/x")));
    }

    @Test
    void anAnnouncementReachesEachReaderInTheirLanguageWithOneClickUnsubscribeAndEachChannelOnce() throws Exception {
        fixtures.everythingEverywhere();
        String englishChat = uniqueChat();
        String spanishChat = uniqueChat();
        fixtures.channels(Map.of("en", englishChat, "es", spanishChat));
        String english = fixtures.reader("en");
        String spanish = fixtures.reader("es");
        String arabic = fixtures.reader("ar");
        String title = unique("Call: Ports against the war");
        String titulo = unique("Llamamiento: Puertos contra la guerra");
        String key = "test:" + UUID.randomUUID();

        assertThat(announcements.announce(callOpened(key, title, titulo))).isTrue();

        AnnouncementFixtures.Recorded recorded = fixtures.announced(key);
        assertThat(recorded.channels()).containsExactlyInAnyOrder("newsletter", "telegram");
        fixtures.done(recorded.newsletterBatch());
        fixtures.done(recorded.telegramBatch());
        MimeMessage mail = mails(english, title).getFirst();
        assertThat(mail.getSubject()).isEqualTo("The Test Courier: " + title);
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        assertThat(body).contains(title).contains("http://localhost:8080/en/calls/x");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/newsletter/unsubscribe/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mails(spanish, titulo))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).endsWith(titulo));
        assertThat(mails(arabic, title)).as("no Arabic version").isEmpty();
        assertThat(mails(arabic, titulo)).isEmpty();
        List<FakeBotApi.Request> post = posts(englishChat, title);
        assertThat(post)
                .singleElement()
                .satisfies(p -> assertThat(p.text())
                        .startsWith("<b>" + title + "</b>")
                        .contains("href=\"http://localhost:8080/en/calls/x\"")
                        .contains("Read more on the site"));
        assertThat(posts(spanishChat, titulo)).hasSize(1);

        assertThat(announcements.announce(callOpened(key, title, titulo)))
                .as("the same event again")
                .isFalse();
        assertThat(deliveries.deliveries(recorded.newsletterBatch(), DeliveryState.SENT, 10_000))
                .filteredOn(d -> d.recipient().equals(english))
                .hasSize(1);
        assertThat(mails(english, title)).hasSize(1);
        assertThat(posts(englishChat, title)).hasSize(1);
    }

    @Test
    void aKindEditorsSwitchedOffForTheNewsletterIsOnlyPostedToTheChannel() {
        fixtures.switchOn("CALL_OPENED.TELEGRAM");
        String chat = uniqueChat();
        fixtures.channels(Map.of("en", chat));
        String reader = fixtures.reader("en");
        String title = unique("Call: Quiet on the mail");
        String key = "test:" + UUID.randomUUID();

        announcements.announce(callOpened(key, title, unique("Llamamiento")));

        AnnouncementFixtures.Recorded recorded = fixtures.announced(key);
        assertThat(recorded.channels()).containsExactly("telegram");
        assertThat(recorded.newsletterBatch()).isNull();
        fixtures.done(recorded.telegramBatch());
        assertThat(posts(chat, title)).hasSize(1);
        assertThat(mails(reader, title)).isEmpty();
    }

    @Test
    void byDefaultAnnouncementsGoToTheChannelButNotByEmail() {
        String chat = uniqueChat();
        fixtures.channels(Map.of("en", chat));
        String reader = fixtures.reader("en");
        String title = unique("Call: By default");
        String key = "test:" + UUID.randomUUID();

        announcements.announce(callOpened(key, title, unique("Llamamiento")).only(AnnouncementChannel.NEWSLETTER));
        String second = "test:" + UUID.randomUUID();
        announcements.announce(callOpened(second, title + " again", unique("Llamamiento")));

        assertThat(fixtures.announced(key).channels())
                .as("asked for e-mail only, which is off")
                .isEmpty();
        AnnouncementFixtures.Recorded posted = fixtures.announced(second);
        assertThat(posted.channels()).containsExactly("telegram");
        fixtures.done(posted.telegramBatch());
        assertThat(posts(chat, title + " again")).hasSize(1);
        assertThat(mails(reader, title)).isEmpty();
    }

    @Test
    void editorsSeeAndChangeTheChoicesAndTheLatestAnnouncementsButCorrespondentsCannot() {
        String key = "test:" + UUID.randomUUID();
        String title = unique("Call: Listed for editors");
        announcements.announce(callOpened(key, title, unique("Llamamiento")));
        fixtures.switchOn("FUND_OPENED.NEWSLETTER", "FUND_OPENED.TELEGRAM");

        MvcTestResult page = mvc.get()
                .uri("/admin/announcements")
                .with(as(newsrooms.person(Role.EDITOR)))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(title)
                .contains("value=\"FUND_OPENED.NEWSLETTER\" checked")
                .doesNotContain("value=\"CALL_OPENED.TELEGRAM\" checked");
        assertThat(mvc.get().uri("/admin/announcements").with(as(newsrooms.person(Role.CORRESPONDENT))))
                .hasStatus(403);
    }

    @Test
    void aReaderWhoUnsubscribedAfterItWasQueuedGetsNothing() {
        fixtures.switchOn("CALL_OPENED.NEWSLETTER");
        String reader = fixtures.reader("en");
        String key = "test:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            announcements.announce(callOpened(key, unique("Call: Too late"), unique("Llamamiento")));
            jdbc.sql("UPDATE newsletter_subscriber SET state = 'unsubscribed' WHERE email = ?")
                    .param(reader)
                    .update();
        });

        AnnouncementFixtures.Recorded recorded = fixtures.announced(key);
        await().atMost(WAIT)
                .until(() -> deliveries.deliveries(recorded.newsletterBatch(), DeliveryState.FAILED, 10_000).stream()
                        .anyMatch(d -> d.recipient().equals(reader)));
        assertThat(TestMailServer.messagesTo(reader)).isEmpty();
    }
}
