package org.organizer.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.organizer.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public side of funds: account pages, pledges with double opt-in, exports, feed, API, bank imports. */
@PressTest
class FundPublicTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Accounts accounts;

    @Autowired
    Funds funds;

    @Autowired
    Ledger ledger;

    @Autowired
    ExchangeRates rates;

    @Autowired
    Pledges pledges;

    @Autowired
    JsonMapper json;

    @Autowired
    Receipts receipts;

    @Autowired
    PublicFunds publicFunds;

    @Autowired
    PublicTotalsRepository totals;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Actor admin;
    Actor treasurer;
    Actor secondTreasurer;
    Fund fund;
    /** A day of its own per test, so the shared exchange-rate table never holds two rates for it. */
    LocalDate day;

    @BeforeEach
    void aFundWithTwoTreasurers() {
        newsrooms.ensurePublication();
        admin = newsrooms.person(Role.ADMINISTRATOR);
        treasurer = account("Treasurer Quetzal " + token(), Role.CORRESPONDENT);
        secondTreasurer = account("Treasurer Zorzal " + token(), Role.CORRESPONDENT);
        fund = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Dock strike fund"), "Strike pay for the dockers."),
                        "EUR",
                        "1000",
                        "2019-01-01",
                        "",
                        "",
                        "",
                        ""));
        funds.saveText(admin, fund.id(), FundText.of("es", "Fondo de la huelga portuaria", "Salario de huelga."));
        funds.assignTreasurer(admin, fund.id(), treasurer.email());
        funds.assignTreasurer(admin, fund.id(), secondTreasurer.email());
        day = LocalDate.of(2020, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 2000));
    }

    @Test
    void thePublicPageShowsTotalsProgressChartsAndEachPledgerAsTheyChose() throws Exception {
        UUID named = confirmedPledge("name", "Union of Riverside Porters", "DE", "300");
        confirmedPledge("country", "Secret Solidarity Circle", "FR", "200");
        confirmedPledge("anonymous", "Hidden Helpers Club", "PE", "100");
        contribution(Money.of("150", "EUR"), named, null);
        contribution(Money.of("100", "EUR"), null, null);

        MvcTestResult page = mvc.get().uri("/en/funds/" + fund.slug()).exchange();
        assertThat(page).hasStatusOk().hasHeader("Cache-Control", "public, max-age=60");
        assertThat(page)
                .bodyText()
                .contains("<progress")
                .contains("250.00 EUR raised of 1000.00 EUR (25 %)")
                .contains("<svg")
                .contains("<title id=")
                .contains("<desc id=")
                .contains("Received by country")
                .contains("Union of Riverside Porters")
                .contains("Germany")
                .contains("France")
                .contains("Country not stated")
                .contains("Anonymous")
                .contains("150.00 EUR")
                .doesNotContain("Secret Solidarity Circle")
                .doesNotContain("Hidden Helpers Club")
                .doesNotContain("Peru")
                .doesNotContain("<script");
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher svg = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        int charts = 0;
        while (svg.find()) {
            String chart = svg.group();
            assertThatCode(() -> javax.xml.parsers.DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new java.io.ByteArrayInputStream(chart.getBytes(StandardCharsets.UTF_8))))
                    .as("each chart is well-formed XML")
                    .doesNotThrowAnyException();
            assertThat(chart).contains("role=\"img\"").doesNotContain("href").doesNotContain("<script");
            charts++;
        }
        assertThat(charts).isEqualTo(2);
        // Fulfilled in part: 150 of 300, 150 to come.
        assertThat(page).bodyText().containsPattern("<td>150\\.00 EUR</td>\\s*<td>150\\.00 EUR</td>");
        assertThat(mvc.get().uri("/es/funds/" + fund.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("Fondo de la huelga portuaria")
                .contains("Alemania")
                .contains("Anónimo");
        assertThat(mvc.get().uri("/ar/funds/" + fund.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("<svg");
        assertThat(mvc.get().uri("/en/funds")).hasStatusOk().bodyText().contains(fund.slug());
    }

    @Test
    void convertedTotalsNameTheRateAndTheDateTheyUsed() {
        rates.enter(
                treasurer,
                new ExchangeRate(day, Money.currency("EUR"), Money.currency("JPY"), new BigDecimal("160"), "test"));
        contribution(Money.of("16000", "JPY"), null, null);
        contribution(Money.of("20", "EUR"), null, null);

        assertThat(mvc.get().uri("/en/funds/" + fund.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("120.00 EUR raised of 1000.00 EUR (12 %)")
                .contains("1 EUR = 160 JPY")
                .contains(day.toString())
                .contains("16000 JPY ≈ 100.00 EUR");
    }

    @Test
    void aPledgeIsShownOnlyOnceConfirmedThroughTheLinkInTheMail() throws Exception {
        String email = email("double-opt-in");
        assertThat(postPledge("en", "name", "Harbour Lighthouse Keepers", "IE", email, "fixed", "75", "EUR", "", ""))
                .hasRedirectedUrl("/en/funds/" + fund.slug() + "/pledge?notice=sent");
        assertThat(mvc.get().uri("/en/funds/" + fund.slug())).bodyText().doesNotContain("Harbour Lighthouse Keepers");
        assertThat(pledges.all(admin, fund.id())).singleElement().satisfies(p -> {
            assertThat(p.confirmed()).isFalse();
            assertThat(p.email()).isEqualTo(email);
        });

        String link = confirmationLink(email);
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains("Confirm the pledge");
        assertThat(mvc.post().uri(link).with(csrf()))
                .hasRedirectedUrl("/en/funds/" + fund.slug() + "?notice=confirmed");
        assertThat(mvc.get().uri("/en/funds/" + fund.slug()))
                .bodyText()
                .contains("Harbour Lighthouse Keepers")
                .contains("Ireland")
                .contains("75.00 EUR");
        assertThat(mvc.post().uri(link).with(csrf())).hasStatus(404);
        assertThat(mvc.get().uri(link)).hasStatus(404);
    }

    @Test
    void oneDaysWageTimesMembersIsComputedExactlyInTheCurrencysMinorUnits() {
        assertThat(NewPledge.daysWage(Money.of("1234", "JPY"), 37)).isEqualTo(Money.of("45658", "JPY"));
        assertThat(NewPledge.daysWage(Money.of("12.345", "KWD"), 3)).isEqualTo(Money.of("37.035", "KWD"));
        assertThat(NewPledge.daysWage(Money.of("0.10", "EUR"), 3).plain()).isEqualTo("0.30");

        String email = email("wage");
        assertThat(postPledge("en", "name", "Kuwait Drivers Branch", "KW", email, "wage", "", "KWD", "12.345", "3"))
                .hasStatus3xxRedirection();
        assertThat(pledges.all(admin, fund.id())).singleElement().satisfies(p -> {
            assertThat(p.money()).isEqualTo(Money.of("37.035", "KWD"));
            assertThat(p.wage()).isEqualTo(Money.of("12.345", "KWD"));
            assertThat(p.members()).isEqualTo(3);
        });
    }

    @Test
    void badPledgesGetATranslatedMessageWithTheFormAndRecordNothing() {
        String email = email("bad");
        assertThat(postPledge("en", "name", "Typo Union", "DE", email, "wage", "", "JPY", "10.5", "3"))
                .hasStatus(400)
                .bodyText()
                .contains("JPY has 0 decimals at most")
                .contains("value=\"Typo Union\"");
        assertThat(postPledge("es", "name", "Typo Union", "DE", email, "fixed", "-5", "EUR", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("no puede ser negativo");
        assertThat(postPledge("ar", "name", "Typo Union", "DE", email, "fixed", "5", "XYZ", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("XYZ");
        assertThat(postPledge("en", "name", "Typo Union", "DE", email, "fixed", "1,5", "EUR", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("Write the amount with digits");
        assertThat(postPledge("es", "name", "Typo Union", "DE", "not-an-address", "fixed", "5", "EUR", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("dirección de correo válida");
        assertThat(postPledge("en", "name", "Typo Union", "DE", email, "wage", "", "EUR", "10", "0"))
                .hasStatus(400)
                .bodyText()
                .contains("number of members");
        assertThat(postPledge("en", "name", "Typo Union", "XX", email, "fixed", "5", "EUR", "", ""))
                .hasStatus(400);
        assertThat(pledges.all(admin, fund.id())).isEmpty();
        assertThat(mvc.post()
                        .uri("/en/funds/no-such-fund-" + token() + "/pledge")
                        .with(csrf())
                        .param("kind", "organisation"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/xx/funds/" + fund.slug())).hasStatus(404);
    }

    @Test
    void theDatabaseTotalsEqualEveryEntryConvertedAndRoundedOnItsOwn() {
        // Exact halves in both directions (4 JPY = 0.025 EUR, 1 USD = 0.925 EUR) round to the even cent.
        for (String amount : List.of("1", "4", "12", "13", "16000")) {
            contribution(Money.of(amount, "JPY"), null, null);
        }
        for (String amount : List.of("0.10", "0.30", "1.00", "7.77")) {
            contribution(Money.of(amount, "USD"), null, null);
        }
        LedgerEntry kwd = contribution(Money.of("0.001", "KWD"), null, null);
        contribution(Money.of("2.125", "KWD"), null, null);
        contribution(Money.of("10.00", "EUR"), null, null);
        ledger.reverse(treasurer, fund.id(), kwd.id(), "typo");
        LedgerEntry paid = ledger.recordDisbursement(
                treasurer, fund.id(), new Disbursement(Money.of("4", "JPY"), day, "Stamps", "Post office"));
        ledger.approve(secondTreasurer, fund.id(), paid.id());
        LedgerEntry paidBack = ledger.recordDisbursement(
                treasurer, fund.id(), new Disbursement(Money.of("1.00", "USD"), day, "Tea", "Canteen"));
        ledger.approve(secondTreasurer, fund.id(), paidBack.id());
        ledger.reverse(treasurer, fund.id(), paidBack.id(), "refunded");
        ledger.recordDisbursement(
                treasurer, fund.id(), new Disbursement(Money.of("99", "EUR"), day, "Waiting", "Nobody yet"));

        // Entries first, rates after: the day totals name the first missing rate, then fill in as rates come.
        assertThat(publicFunds.summary(fund.slug(), "en").missingRate())
                .isEqualTo(new PublicAccount.MissingRate("JPY", "EUR", day));
        assertThat(totals.groups(fund.id(), Money.currency("EUR")))
                .isEqualTo(totals.groupsFromLedger(fund.id(), Money.currency("EUR")));
        rates.enter(
                treasurer,
                new ExchangeRate(day, Money.currency("EUR"), Money.currency("JPY"), new BigDecimal("160"), "test"));
        assertThat(publicFunds.summary(fund.slug(), "en").missingRate())
                .isEqualTo(new PublicAccount.MissingRate("USD", "EUR", day));
        rates.enter(
                treasurer,
                new ExchangeRate(day, Money.currency("USD"), Money.currency("EUR"), new BigDecimal("0.925"), "test"));
        rates.enter(
                treasurer,
                new ExchangeRate(day, Money.currency("KWD"), Money.currency("EUR"), new BigDecimal("3.005"), "test"));
        assertThat(totals.groups(fund.id(), Money.currency("EUR")))
                .isEqualTo(totals.groupsFromLedger(fund.id(), Money.currency("EUR")));

        ConvertedTotal byHand = rates.convertedTotal(admin, fund.id(), Money.currency("EUR"));
        PublicAccount account = publicFunds.account(fund.slug(), "en");
        assertThat(account.raised()).isEqualTo(byHand.received());
        assertThat(account.spent()).isEqualTo(byHand.disbursed());
        assertThat(account.conversions().stream()
                        .mapToLong(PublicAccount.Conversion::entries)
                        .sum())
                .isEqualTo(byHand.lines().size());
        for (ConvertedTotal.Effect effect : ConvertedTotal.Effect.values()) {
            for (String currency : List.of("JPY", "USD", "KWD", "EUR")) {
                BigDecimal expected = byHand.lines().stream()
                        .filter(l -> l.effect() == effect
                                && l.original().currencyCode().equals(currency))
                        .map(l -> l.converted().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal actual = account.conversions().stream()
                        .filter(c -> c.effect() == effect
                                && c.original().currencyCode().equals(currency))
                        .map(c -> c.converted().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(actual).as(effect + " " + currency).isEqualByComparingTo(expected);
            }
        }
        assertThat(publicFunds.summary(fund.slug(), "en").raised()).isEqualTo(byHand.received());
        assertThat(publicFunds.summary(fund.slug(), "en").entries()).isEmpty();
        assertThat(account.entries()).hasSize(16);
    }

    @Test
    void privateValuesPlantedInEveryPrivateFieldNeverAppearInAnyPublicOutput() throws Exception {
        String secretEmail = email("secret-" + token());
        String secretReference = "BANKREF-" + token();
        String secretReason = "REASON-" + token();
        String countryOnlyName = "CountryOnlyOrg " + token();
        String anonymousName = "AnonymousOrg " + token();
        UUID named = confirmedPledge("name", "Open Union " + token(), "DE", "300", secretEmail);
        confirmedPledge("country", countryOnlyName, "FR", "100");
        confirmedPledge("anonymous", anonymousName, "NZ", "100");
        contribution(Money.of("120", "EUR"), named, secretReference);
        LedgerEntry wrong = contribution(Money.of("5", "EUR"), null, "OTHERREF-" + token());
        ledger.reverse(treasurer, fund.id(), wrong.id(), secretReason);
        LedgerEntry waiting = ledger.recordDisbursement(
                treasurer, fund.id(), new Disbursement(Money.of("10", "EUR"), day, "Unapproved " + token(), "Someone"));
        LedgerEntry paid = ledger.recordDisbursement(
                treasurer, fund.id(), new Disbursement(Money.of("40", "EUR"), day, "Strike pay", "Strike committee"));
        ledger.approve(secondTreasurer, fund.id(), paid.id());
        String receiptName = "RECEIPTNAME-" + token() + ".pdf";
        String receiptContent = "RECEIPTCONTENT-" + token();
        Receipt receipt = receipts.attach(
                        treasurer,
                        fund.id(),
                        paid.id(),
                        List.of(new Receipts.Upload(
                                receiptName,
                                ("%PDF-1.4\n" + receiptContent + "\n%%EOF").getBytes(StandardCharsets.UTF_8))))
                .getFirst();

        List<String> secrets = List.of(
                receiptName,
                receiptContent,
                receipt.id().toString(),
                receipt.sha256(),
                secretEmail,
                secretReference,
                secretReason,
                countryOnlyName,
                anonymousName,
                treasurer.displayName(),
                secondTreasurer.displayName(),
                treasurer.email(),
                admin.email(),
                waiting.purpose());
        List<String> outputs = new ArrayList<>();
        for (String lang : List.of("en", "es", "ar")) {
            outputs.add("/" + lang + "/funds/" + fund.slug());
            outputs.add("/" + lang + "/funds");
            outputs.add("/" + lang + "/funds/" + fund.slug() + "/entries.csv");
            outputs.add("/" + lang + "/funds/" + fund.slug() + "/entries.json");
            outputs.add("/" + lang + "/funds/" + fund.slug() + "/feed.atom");
        }
        outputs.add("/api/v1/funds");
        outputs.add("/api/v1/funds/" + fund.slug());
        outputs.add("/api/v1/funds/" + fund.slug() + "?lang=es");
        for (String output : outputs) {
            MvcTestResult result = mvc.get().uri(output).exchange();
            assertThat(result).as(output).hasStatusOk();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(body).as(output + " must not show " + secret).doesNotContain(secret);
            }
        }
        // New Zealand is the anonymous pledger's country: shown nowhere.
        assertThat(mvc.get().uri("/en/funds/" + fund.slug()))
                .bodyText()
                .doesNotContain("New Zealand")
                .contains("Strike committee");
        assertThat(mvc.get().uri("/api/v1/funds/" + fund.slug())).bodyText().doesNotContain("\"NZ\"");
    }

    @Test
    void exportsFeedAndApiParseAndHoldThePublicEntries() throws Exception {
        UUID named = confirmedPledge("name", "Feed Union", "ES", "300");
        contribution(Money.of("120", "EUR"), named, null);
        LedgerEntry paid = ledger.recordDisbursement(
                treasurer,
                fund.id(),
                new Disbursement(Money.of("40", "EUR"), day, "Strike pay, week 1", "Strike committee"));
        ledger.approve(secondTreasurer, fund.id(), paid.id());

        MvcTestResult csv =
                mvc.get().uri("/en/funds/" + fund.slug() + "/entries.csv").exchange();
        assertThat(csv).hasStatusOk().hasHeader("Cache-Control", "public, max-age=60");
        List<String> lines = csv.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.getFirst()).isEqualTo(FundExports.CSV_HEADER);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",contribution," + day + ",120.00,EUR," + named);
        assertThat(lines.get(2)).contains(",disbursement,").contains("\"Strike pay, week 1\"");

        JsonNode export = json.readTree(mvc.get()
                .uri("/en/funds/" + fund.slug() + "/entries.json")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(export.get("entries").size()).isEqualTo(2);
        assertThat(export.get("raised").get("amount").asString()).isEqualTo("120.00");
        assertThat(export.get("pledges").get(0).get("name").asString()).isEqualTo("Feed Union");
        assertThat(export.get("pledges").get(0).get("remaining").get("amount").asString())
                .isEqualTo("180.00");

        MvcTestResult atom =
                mvc.get().uri("/en/funds/" + fund.slug() + "/feed.atom").exchange();
        assertThat(atom).hasStatusOk().hasHeader("Cache-Control", "public, max-age=60");
        SyndFeed feed = new SyndFeedInput()
                .build(new StringReader(atom.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        assertThat(feed.getTitle()).isEqualTo(fund.text("en").title());
        assertThat(feed.getEntries()).hasSize(3);
        assertThat(feed.getEntries())
                .anySatisfy(e -> assertThat(e.getTitle()).contains("Feed Union pledged 300.00 EUR"));

        JsonNode list = json.readTree(
                mvc.get().uri("/api/v1/funds").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.isArray()).isTrue();
        assertThat(list.toString()).contains(fund.slug());
        JsonNode one = json.readTree(mvc.get()
                .uri("/api/v1/funds/" + fund.slug() + "?lang=es")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(one.get("title").asString()).isEqualTo("Fondo de la huelga portuaria");
        assertThat(one.get("disbursements").get(0).get("recipient").asString()).isEqualTo("Strike committee");
        assertThat(mvc.get().uri("/api/v1/funds/no-such-fund-" + token()))
                .hasStatus(404)
                .bodyText()
                .contains("There is no such fund");
    }

    @Test
    void thePageCacheIsDroppedWhenTheLedgerChanges() {
        assertThat(mvc.get().uri("/en/funds/" + fund.slug())).bodyText().contains("0.00 EUR raised");
        contribution(Money.of("70", "EUR"), null, null);
        assertThat(mvc.get().uri("/en/funds/" + fund.slug())).bodyText().contains("70.00 EUR raised");
    }

    @Test
    void importingTheSameBankStatementTwiceAddsNothing() {
        String statement = """
                Booking date;Value;Curr;Ref;Text
                %1$s;120.50;EUR;BK-%2$s-1;Transfer from a branch
                %1$s;-30.00;EUR;BK-%2$s-2;Bank fees
                %1$s;15.00;EUR;;Cash deposit
                %1$s;15.00;EUR;;Cash deposit
                """.formatted(day, token());
        assertThat(importStatement(treasurer, statement, "booking date", "value", "curr", "ref", "text"))
                .hasStatus3xxRedirection();
        assertThat(ledger.entries(admin, fund.id()))
                .extracting(e -> e.money().plain())
                .containsExactly("120.50", "15.00", "15.00");
        assertThat(importStatement(treasurer, statement, "booking date", "value", "curr", "ref", "text"))
                .hasStatus3xxRedirection();
        assertThat(ledger.entries(admin, fund.id())).hasSize(3);
        assertThat(ledger.entries(admin, fund.id()).getFirst().reference())
                .contains("BK-")
                .contains("Transfer from a branch");
    }

    @Test
    void aStatementWithWrongColumnsOrABadLineIsRefusedWholeWithAClearMessage() {
        String statement = "date,amount,currency\n" + day + ",10.00,EUR\n";
        assertThat(importStatement(treasurer, statement, "booking date", "amount", "currency", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("booking date")
                .contains("Nothing was imported")
                .contains("date, amount, currency");
        String future = "date,amount,currency\n" + day + ",10.00,EUR\n"
                + LocalDate.now().plusDays(3) + ",5,EUR\n";
        assertThat(importStatement(treasurer, future, "date", "amount", "currency", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("Line 3");
        String decimals = "date,amount,currency\n" + day + ",10.5,JPY\n";
        assertThat(importStatement(treasurer, decimals, "date", "amount", "currency", "", ""))
                .hasStatus(400)
                .bodyText()
                .contains("Line 2");
        assertThat(ledger.entries(admin, fund.id())).isEmpty();
    }

    @Test
    void onlyTheFundsTreasurersImportStatementsAndSeePledgersAddresses() {
        String statement = "date,amount,currency\n" + day + ",10.00,EUR\n";
        Actor editor = newsrooms.person(Role.EDITOR);
        Actor otherTreasurer = newsrooms.person(Role.CORRESPONDENT);
        Fund other = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Other fund"), ""),
                        "EUR",
                        "",
                        "2019-01-01",
                        "",
                        "",
                        "",
                        ""));
        funds.assignTreasurer(admin, other.id(), otherTreasurer.email());

        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/" + fund.id() + "/statement")
                        .file(new MockMultipartFile(
                                "file", "s.csv", "text/csv", statement.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .param("dateColumn", "date")
                        .param("amountColumn", "amount")
                        .param("currencyColumn", "currency"))
                .hasStatus3xxRedirection();
        assertThat(importStatement(editor, statement, "date", "amount", "currency", "", ""))
                .hasStatus(403);
        assertThat(importStatement(admin, statement, "date", "amount", "currency", "", ""))
                .hasStatus(403);
        assertThat(importStatement(otherTreasurer, statement, "date", "amount", "currency", "", ""))
                .hasStatus(403);
        assertThat(ledger.entries(admin, fund.id())).isEmpty();

        String email = email("seen-by-treasurers");
        postPledge("en", "name", "Visible Union", "DE", email, "fixed", "5", "EUR", "", "");
        assertThat(mvc.get().uri("/admin/funds/" + fund.id()).with(as(treasurer)))
                .hasStatusOk()
                .bodyText()
                .contains(email);
        assertThat(mvc.get().uri("/admin/funds/" + fund.id()).with(as(otherTreasurer)))
                .hasStatus(403);
        assertThatThrownBy(() -> pledges.all(editor, fund.id())).isInstanceOf(FundAccessDenied.class);
    }

    @Test
    void theDemoFundHasPledgesInSeveralCurrenciesAndAnApprovedDisbursement(
            @Autowired FundRepository fundRows,
            @Autowired PledgeRepository pledgeRows,
            @Autowired org.springframework.transaction.support.TransactionTemplate transaction) {
        DemoFund demo = new DemoFund(fundRows, funds, ledger, rates, pledgeRows, accounts, transaction);
        Fund loaded = transaction.execute(status -> demo.loadIntoEmptyLedger());

        assertThat(mvc.get().uri("/en/funds/" + loaded.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("Riverside Transport Workers’ Union")
                .contains("Japan")
                .contains("one day’s wage of 12000 JPY × 40 members")
                .contains("Kuwait")
                .doesNotContain("Gulf Nurses")
                .contains("Anonymous")
                .contains("Strike pay for the first week")
                .contains("<svg");
        assertThat(mvc.get().uri("/ar/funds/" + loaded.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("تضامنًا");
    }

    // --- helpers ---

    private MvcTestResult importStatement(
            Actor actor,
            String csv,
            String date,
            String amount,
            String currency,
            String reference,
            String description) {
        return mvc.post()
                .multipart()
                .uri("/admin/funds/" + fund.id() + "/statement")
                .file(new MockMultipartFile("file", "statement.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as(actor))
                .with(csrf())
                .param("form", "statement")
                .param("dateColumn", date)
                .param("amountColumn", amount)
                .param("currencyColumn", currency)
                .param("referenceColumn", reference)
                .param("descriptionColumn", description)
                .exchange();
    }

    @Test
    void pledgesAreTotalledByCountryAndConvertedAtTheRateOfTheDayTheyWereConfirmed() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        confirmedPledge("name", "Harbour Union " + token(), "DE", "300");
        confirmedPledge("country", "Quiet Circle " + token(), "IS", "15000", "ISK", email("isk"));
        confirmedPledge("anonymous", "Nobody " + token(), "PE", "100");
        boolean rateThere = rates.between(Money.currency("ISK"), Money.currency("EUR"), today)
                .isPresent();
        if (!rateThere) {
            assertThat(mvc.get().uri("/en/funds/" + fund.slug()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("no exchange rate from ISK to EUR on " + today)
                    .doesNotContain("Pledged in all: 500");
            assertThat(mvc.get().uri("/api/v1/funds/" + fund.slug()))
                    .bodyText()
                    .contains("\"pledgedMissingRate\"")
                    .contains("\"ISK\"");
            rates.enter(
                    treasurer,
                    new ExchangeRate(
                            today, Money.currency("EUR"), Money.currency("ISK"), new BigDecimal("150"), "test"));
        }

        assertThat(mvc.get().uri("/en/funds/" + fund.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("Pledged in all: 500.00 EUR")
                .contains("Pledged by country (EUR)")
                .containsPattern("Germany</td><td>300\\.00 EUR")
                .containsPattern("Iceland</td><td>100\\.00 EUR")
                .containsPattern("Country not stated</td><td>100\\.00 EUR")
                .contains("1 EUR = 150 ISK")
                .contains(today.toString())
                .doesNotContain("Peru");
        assertThat(mvc.get().uri("/es/funds/" + fund.slug()))
                .bodyText()
                .contains("Comprometido por país (EUR)")
                .contains("Islandia");
        JsonNode api = json.readTree(mvc.get()
                .uri("/api/v1/funds/" + fund.slug())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(api.get("pledgedTotal").get("amount").asString()).isEqualTo("500.00");
        assertThat(api.get("pledgedByCountry").get(0).get("country").asString()).isEqualTo("DE");
        assertThat(api.get("pledgeConversions").toString())
                .contains("1 EUR = 150 ISK")
                .contains(today.toString());
    }

    @Test
    void aFundLinksToItsPublicCallAndDayOfActionButNeverToItsCase() {
        UUID call = UUID.randomUUID();
        String callSlug = "dock-call-" + token();
        jdbc.sql("INSERT INTO call (id, status, original_language, decided_date) VALUES (?, 'OPEN', 'en', ?)")
                .params(call, day)
                .update();
        jdbc.sql("""
                        INSERT INTO call_translation (call_id, language, title, body, slug, state)
                        VALUES (?, 'en', ?, 'Stop the lockout.', ?, 'PUBLISHED')""")
                .params(call, "Call against the lockout " + token(), callSlug)
                .update();
        UUID draftCall = UUID.randomUUID();
        jdbc.sql("INSERT INTO call (id, status, original_language) VALUES (?, 'DRAFT', 'en')")
                .param(draftCall)
                .update();
        jdbc.sql("""
                        INSERT INTO call_translation (call_id, language, title, body, slug)
                        VALUES (?, 'en', 'Secret draft call', 'Not yet.', ?)""").params(draftCall, "draft-" + token()).update();
        UUID dayOfAction = UUID.randomUUID();
        String daySlug = "dock-day-" + token();
        jdbc.sql("INSERT INTO day_of_action (id, slug, day) VALUES (?, ?, ?)")
                .params(dayOfAction, daySlug, day)
                .update();
        jdbc.sql("INSERT INTO day_of_action_title (day_id, language, title) VALUES (?, 'en', 'Harbour day')")
                .param(dayOfAction)
                .update();
        UUID caseFile = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO case_file (id, slug, country, status, created_by, created_at)
                        VALUES (?, ?, 'TR', 'DETAINED', ?, now())""").params(caseFile, "case-" + token(), admin.id().value()).update();

        Fund linked = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Linked fund"), ""),
                        "EUR",
                        "",
                        "2019-01-01",
                        "",
                        call.toString(),
                        dayOfAction.toString(),
                        caseFile.toString()));
        assertThat(mvc.get().uri("/en/funds/" + linked.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/en/calls/" + callSlug + "\"")
                .contains("Call against the lockout")
                .contains("href=\"/en/days/" + daySlug + "\"")
                .contains("Harbour day")
                .doesNotContain(caseFile.toString())
                .doesNotContain("/cases/");
        assertThat(mvc.get().uri("/api/v1/funds/" + linked.slug()))
                .bodyText()
                .contains("/en/calls/" + callSlug)
                .doesNotContain(caseFile.toString());

        Fund toDraft = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Draft-linked fund"), ""),
                        "EUR",
                        "",
                        "2019-01-01",
                        "",
                        draftCall.toString(),
                        "",
                        ""));
        assertThat(mvc.get().uri("/en/funds/" + toDraft.slug()))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Secret draft call")
                .doesNotContain("/calls/");
    }

    @Test
    void anUnknownCallDayOrCaseIsRefusedWithATranslatedMessageAndNoFundIsOpened() {
        String title = Newsrooms.unique("Fund with a wrong link");
        for (String[] link : List.of(
                new String[] {"callId", "No call has this identifier"},
                new String[] {"dayOfActionId", "No day of action has this identifier"},
                new String[] {"caseId", "No case has this identifier"})) {
            assertThat(mvc.post()
                            .uri("/admin/funds")
                            .with(as(admin))
                            .with(csrf())
                            .param("language", "en")
                            .param("title", title)
                            .param("currency", "EUR")
                            .param("opensOn", "2020-01-01")
                            .param(link[0], UUID.randomUUID().toString()))
                    .hasStatus(400)
                    .bodyText()
                    .contains(link[1])
                    .contains(title);
        }
        assertThat(mvc.post()
                        .uri("/admin/funds")
                        .with(as(admin))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("language", "en")
                        .param("title", title)
                        .param("currency", "EUR")
                        .param("opensOn", "2020-01-01")
                        .param("caseId", UUID.randomUUID().toString()))
                .hasStatus(400)
                .bodyText()
                .contains("Ningún caso tiene este identificador");
        assertThat(funds.visibleTo(admin)).noneMatch(f -> f.text("en").title().equals(title));
    }

    private LedgerEntry contribution(Money money, UUID pledge, String reference) {
        return ledger.recordContribution(
                treasurer, fund.id(), new Contribution(money, day, PaymentMethod.BANK_TRANSFER, reference, pledge));
    }

    private MvcTestResult postPledge(
            String lang,
            String visibility,
            String name,
            String country,
            String email,
            String basis,
            String amount,
            String currency,
            String wage,
            String members) {
        return mvc.post()
                .uri("/" + lang + "/funds/" + fund.slug() + "/pledge")
                .with(csrf())
                .param("kind", "organisation")
                .param("name", name)
                .param("country", country)
                .param("email", email)
                .param("visibility", visibility)
                .param("basis", basis)
                .param("amount", amount)
                .param("currency", currency)
                .param("wage", wage)
                .param("members", members)
                .exchange();
    }

    private UUID confirmedPledge(String visibility, String name, String country, String amount) {
        return confirmedPledge(visibility, name, country, amount, email(visibility));
    }

    private UUID confirmedPledge(String visibility, String name, String country, String amount, String email) {
        return confirmedPledge(visibility, name, country, amount, "EUR", email);
    }

    private UUID confirmedPledge(
            String visibility, String name, String country, String amount, String currency, String email) {
        assertThat(postPledge("en", visibility, name, country, email, "fixed", amount, currency, "", ""))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri(confirmationLink(email)).with(csrf())).hasStatus3xxRedirection();
        return pledges.all(admin, fund.id()).stream()
                .filter(p -> p.email().equals(email))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String confirmationLink(String email) {
        await().atMost(WAIT).until(() -> !TestMailServer.messagesTo(email).isEmpty());
        Matcher link = Pattern.compile("https?://[^/\\s]+(/[a-z]{2}/funds/[^\\s]+/pledges/confirm/[A-Za-z0-9_-]+)")
                .matcher(text(TestMailServer.messagesTo(email).getFirst()));
        assertThat(link.find()).as("a confirmation link").isTrue();
        return link.group(1);
    }

    private static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private Actor account(String name, Role role) {
        return accounts.create(name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.org", name, role, null);
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
