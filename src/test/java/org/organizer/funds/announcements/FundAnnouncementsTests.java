package org.organizer.funds.announcements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.distribution.announce.AnnouncementFixtures.WAIT;
import static org.organizer.distribution.announce.AnnouncementFixtures.mails;
import static org.organizer.distribution.announce.AnnouncementFixtures.posts;
import static org.organizer.distribution.announce.AnnouncementFixtures.uniqueChat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.announce.AnnouncementFixtures;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.telegram.FakeBotApi;
import org.organizer.funds.Contribution;
import org.organizer.funds.Disbursement;
import org.organizer.funds.Fund;
import org.organizer.funds.FundText;
import org.organizer.funds.Funds;
import org.organizer.funds.Ledger;
import org.organizer.funds.LedgerEntry;
import org.organizer.funds.Money;
import org.organizer.funds.NewFund;
import org.organizer.funds.NewPledge;
import org.organizer.funds.PaymentMethod;
import org.organizer.funds.Pledges;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The funds' events announced through the real listeners and delivery jobs, from public fields only: a fund
 * opened, money paid out once approved, the target reached once.
 */
@PressTest
class FundAnnouncementsTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Funds funds;

    @Autowired
    Ledger ledger;

    @Autowired
    Pledges pledges;

    AnnouncementFixtures fixtures;
    Actor admin;

    @BeforeEach
    void fixtures() {
        newsrooms.ensurePublication();
        fixtures = new AnnouncementFixtures(mvc, jdbc, newsrooms, deliveries);
        admin = newsrooms.person(Role.ADMINISTRATOR);
    }

    @AfterEach
    void defaults() {
        fixtures.reset();
    }

    private Fund open(String title, String target) {
        return funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", title, "One day's wage for the strikers."),
                        "EUR",
                        target,
                        TODAY.toString(),
                        "",
                        "",
                        "",
                        ""));
    }

    private void listenersDone() {
        await().atMost(WAIT).until(() -> jdbc.sql("""
                                SELECT count(*) FROM event_publication
                                WHERE completion_date IS NULL AND listener_id LIKE '%FundAnnouncements%'
                                """).query(Integer.class).single() == 0);
    }

    @Test
    void anOpenedFundIsAnnouncedInTheLanguagesItHasATextIn() throws Exception {
        fixtures.everythingEverywhere();
        String chat = uniqueChat();
        fixtures.channels(Map.of("en", chat, "es", uniqueChat()));
        String english = fixtures.reader("en");
        String spanish = fixtures.reader("es");
        String title = Newsrooms.unique("Dockworkers strike fund");

        Fund fund = open(title, "10000");

        AnnouncementFixtures.Recorded recorded = fixtures.announced("fund-opened:" + fund.id());
        assertThat(recorded.kind()).isEqualTo("fund-opened");
        assertThat(fixtures.versionTexts(recorded.id())).singleElement();
        fixtures.done(recorded.newsletterBatch());
        fixtures.done(recorded.telegramBatch());
        String body = GreenMailUtil.getBody(mails(english, title).getFirst()).replace("=\r\n", "");
        assertThat(body)
                .contains("New fund: " + title)
                .contains("a target of 10000.00 EUR")
                .contains("/en/funds/" + fund.slug());
        assertThat(mails(spanish, title)).as("the fund has no Spanish text").isEmpty();
        assertThat(posts(chat, title)).hasSize(1);
    }

    @Test
    void moneyPaidOutIsAnnouncedOnceApprovedAndTheTargetOnceReachedWithoutAnyPrivateField() throws Exception {
        String chat = uniqueChat();
        fixtures.channels(Map.of("en", chat));
        String title = Newsrooms.unique("Port strike fund");
        Fund fund = open(title, "100");
        Actor first = newsrooms.person(Role.CORRESPONDENT);
        Actor second = newsrooms.person(Role.EDITOR);
        funds.assignTreasurer(admin, fund.id(), first.email());
        funds.assignTreasurer(admin, fund.id(), second.email());
        String pledgerEmail = "secret-pledger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID pledge = confirmedPledge(fund, pledgerEmail);
        String reference = "BANK-REF-SECRET-" + UUID.randomUUID().toString().substring(0, 8);

        ledger.recordContribution(
                first,
                fund.id(),
                new Contribution(Money.of("150.00", "EUR"), TODAY, PaymentMethod.BANK_TRANSFER, reference, pledge));
        LedgerEntry paid = ledger.recordDisbursement(
                first,
                fund.id(),
                new Disbursement(Money.of("120.00", "EUR"), TODAY, "Strike pay", "Families of detained dockworkers"));
        listenersDone();
        assertThat(fixtures.find("fund-disbursement:" + paid.id()))
                .as("not approved yet")
                .isEmpty();
        ledger.approve(second, fund.id(), paid.id());
        ledger.recordContribution(
                first,
                fund.id(),
                new Contribution(Money.of("20.00", "EUR"), TODAY, PaymentMethod.CASH, reference + "-2", null));

        AnnouncementFixtures.Recorded disbursed = fixtures.announced("fund-disbursement:" + paid.id());
        AnnouncementFixtures.Recorded target = fixtures.announced("fund-target:" + fund.id());
        listenersDone();
        fixtures.done(disbursed.telegramBatch());
        fixtures.done(target.telegramBatch());
        assertThat(fixtures.versionTexts(disbursed.id()))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .contains("Money paid out: " + title)
                        .contains("120.00 EUR paid on")
                        .contains("for Strike pay, to Families of detained dockworkers."));
        assertThat(posts(chat, "Target reached: " + title)).as("once").hasSize(1);
        List<String> said = new ArrayList<>(fixtures.versionTexts(disbursed.id()));
        said.addAll(fixtures.versionTexts(target.id()));
        fixtures.versionTexts(fixtures.announced("fund-opened:" + fund.id()).id())
                .forEach(said::add);
        api().requestsFor(chat).stream().map(FakeBotApi.Request::text).forEach(said::add);
        assertThat(said)
                .hasSizeGreaterThanOrEqualTo(6)
                .noneMatch(t -> t.contains(reference))
                .noneMatch(t -> t.contains(pledgerEmail))
                .noneMatch(t -> t.contains(first.email()) || t.contains(second.email()))
                .noneMatch(t -> t.contains("Riverside Secret Circle"));
    }

    private static FakeBotApi api() {
        return AnnouncementFixtures.api();
    }

    /** A pledge made on the public page by someone who keeps their name private, confirmed by e-mail. */
    private UUID confirmedPledge(Fund fund, String email) {
        UUID id = pledges.pledge(
                fund.slug(),
                NewPledge.typed(
                        "organisation",
                        "Riverside Secret Circle",
                        "FR",
                        email,
                        "anonymous",
                        "fixed",
                        "150",
                        "EUR",
                        "",
                        "",
                        "en"));
        await().atMost(WAIT).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        Matcher link = Pattern.compile("/pledges/confirm/([A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(TestMailServer.messagesTo(email).getFirst())
                        .replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        pledges.confirm(link.group(1));
        return id;
    }
}
