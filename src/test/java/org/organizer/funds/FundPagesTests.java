package org.organizer.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class FundPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Funds funds;

    @Autowired
    Ledger ledger;

    Actor admin;
    Actor correspondent;
    Actor editor;
    Actor treasurerA;
    Actor secondTreasurerA;
    Actor treasurerB;
    Fund fundA;
    Fund fundB;

    @BeforeEach
    void twoFunds() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        correspondent = newsrooms.person(Role.CORRESPONDENT);
        editor = newsrooms.person(Role.EDITOR);
        treasurerA = newsrooms.person(Role.CORRESPONDENT);
        secondTreasurerA = newsrooms.person(Role.CORRESPONDENT);
        treasurerB = newsrooms.person(Role.EDITOR);
        fundA = open("Port strike fund");
        fundB = open("Families of the detained");
        funds.assignTreasurer(admin, fundA.id(), treasurerA.email());
        funds.assignTreasurer(admin, fundA.id(), secondTreasurerA.email());
        funds.assignTreasurer(admin, fundB.id(), treasurerB.email());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri("/admin/funds")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(address(fundA))).hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(address(fundA) + "/contributions")
                        .with(csrf())
                        .param("amount", "5"))
                .hasStatus3xxRedirection();
        assertThat(ledger.entries(admin, fundA.id())).isEmpty();
    }

    @Test
    void correspondentsAndEditorsWhoKeepNoFundSeeNoneAndCannotOpenOne() {
        for (Actor outsider : new Actor[] {correspondent, editor}) {
            assertThat(mvc.get().uri("/admin/funds").with(as(outsider)))
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain(title(fundA))
                    .doesNotContain("action=\"/admin/funds\"");
            assertThat(mvc.get().uri(address(fundA)).with(as(outsider))).hasStatus(403);
            assertThat(mvc.post()
                            .uri("/admin/funds")
                            .with(as(outsider))
                            .with(csrf())
                            .param("language", "en")
                            .param("title", "Not allowed")
                            .param("currency", "EUR")
                            .param("opensOn", "2026-11-01"))
                    .hasStatus(403);
        }
    }

    @Test
    void administratorsOpenFundsAndSeeEveryFundButDoNotWriteItsLedger() {
        String title = Newsrooms.unique("Solidarity with the miners");
        MvcTestResult opened = mvc.post()
                .uri("/admin/funds")
                .with(as(admin))
                .with(csrf())
                .param("language", "en")
                .param("title", title)
                .param("description", "One day's wage per worker.")
                .param("currency", "kwd")
                .param("target", "2500.500")
                .param("opensOn", "2026-11-01")
                .exchange();
        assertThat(opened).hasStatus3xxRedirection();
        assertThat(opened.getResponse().getRedirectedUrl()).startsWith("/admin/funds/");

        assertThat(mvc.get().uri("/admin/funds").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(title)
                .contains(title(fundA))
                .contains(title(fundB))
                .contains("2500.500 KWD");
        assertThat(mvc.get().uri(address(fundA)).with(as(admin))).hasStatusOk();
        assertThat(contribute(admin, fundA, "10.00")).hasStatus(403);
    }

    @Test
    void aTreasurerOfOneFundWritesItsLedgerButNotAnothersOrOpensFunds() {
        assertThat(mvc.get().uri("/admin/funds").with(as(treasurerA)))
                .hasStatusOk()
                .bodyText()
                .contains(title(fundA))
                .doesNotContain(title(fundB));
        assertThat(contribute(treasurerA, fundA, "250.00")).hasStatus3xxRedirection();
        assertThat(contribute(treasurerA, fundB, "250.00")).hasStatus(403);
        assertThat(mvc.get().uri(address(fundB)).with(as(treasurerA))).hasStatus(403);

        assertThat(mvc.get().uri(address(fundA)).with(as(treasurerA)))
                .hasStatusOk()
                .bodyText()
                .contains("250.00")
                .contains("IBAN ref 77");
        assertThat(ledger.entries(admin, fundB.id())).isEmpty();
    }

    @Test
    void aDisbursementIsApprovedOnItsPageBySecondTreasurerOnly() {
        contribute(treasurerA, fundA, "300.00");
        assertThat(mvc.post()
                        .uri(address(fundA) + "/disbursements")
                        .with(as(treasurerA))
                        .with(csrf())
                        .param("form", "disbursement")
                        .param("amount", "100.00")
                        .param("currency", "EUR")
                        .param("date", "2026-11-03")
                        .param("purpose", "Strike pay")
                        .param("recipient", "Strikers at the container terminal"))
                .hasStatus3xxRedirection();
        LedgerEntry paid = ledger.entries(admin, fundA.id()).getLast();

        assertThat(approve(treasurerA, paid)).hasStatus(409).bodyText().contains("second treasurer");
        assertThat(approve(treasurerB, paid)).hasStatus(403);
        assertThat(approve(secondTreasurerA, paid)).hasStatus3xxRedirection();

        assertThat(ledger.balances(admin, fundA.id()))
                .singleElement()
                .satisfies(b -> assertThat(b.balance()).isEqualByComparingTo(new BigDecimal("200.00")));
    }

    @Test
    void aReversalNeedsAReasonAndKeepsTheOriginalEntry() {
        contribute(treasurerA, fundA, "40.00");
        LedgerEntry entry = ledger.entries(admin, fundA.id()).getFirst();

        assertThat(mvc.post()
                        .uri(address(fundA) + "/entries/" + entry.id() + "/reversal")
                        .with(as(secondTreasurerA))
                        .with(csrf())
                        .param("form", "entries")
                        .param("reason", ""))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri(address(fundA) + "/entries/" + entry.id() + "/reversal")
                        .with(as(secondTreasurerA))
                        .with(csrf())
                        .param("form", "entries")
                        .param("reason", "Counted twice"))
                .hasStatus3xxRedirection();

        assertThat(ledger.entries(admin, fundA.id())).hasSize(2).first().isEqualTo(withReversal(entry));
    }

    @Test
    void badAmountsComeBackWithTheFormAndATranslatedMessage() {
        assertThat(mvc.post()
                        .uri(address(fundA) + "/contributions")
                        .with(as(treasurerA))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("form", "contribution")
                        .param("amount", "12.345")
                        .param("currency", "EUR")
                        .param("date", "2026-11-02")
                        .param("method", "CASH")
                        .param("reference", "picket collection"))
                .hasStatus(400)
                .bodyText()
                .contains("EUR admite como máximo 2 decimales.")
                .contains("value=\"12.345\"")
                .contains("picket collection");
        assertThat(mvc.post()
                        .uri(address(fundA) + "/contributions")
                        .with(as(treasurerA))
                        .with(csrf())
                        .header("Accept-Language", "ar")
                        .param("form", "contribution")
                        .param("amount", "-5")
                        .param("currency", "EUR")
                        .param("date", "2026-11-02")
                        .param("method", "CASH"))
                .hasStatus(400)
                .bodyText()
                .contains("لا يمكن أن يكون المبلغ سالبًا.");
        assertThat(mvc.post()
                        .uri(address(fundA) + "/contributions")
                        .with(as(treasurerA))
                        .with(csrf())
                        .param("form", "contribution")
                        .param("amount", "5")
                        .param("currency", "EURO")
                        .param("date", LocalDate.now().toString())
                        .param("method", "CASH"))
                .hasStatus(400)
                .bodyText()
                .contains("Unknown currency");
        assertThat(mvc.post()
                        .uri(address(fundA) + "/contributions")
                        .with(as(treasurerA))
                        .with(csrf())
                        .param("form", "contribution")
                        .param("amount", "5")
                        .param("currency", "EUR")
                        .param("date", LocalDate.now().plusDays(5).toString())
                        .param("method", "CASH"))
                .hasStatus(400)
                .bodyText()
                .contains("cannot be in the future");
        assertThat(ledger.entries(admin, fundA.id())).isEmpty();
    }

    @Test
    void theFundPageNamesAMissingRateAndThenTheRateAndDateUsed() {
        mvc.post()
                .uri(address(fundA) + "/contributions")
                .with(as(treasurerA))
                .with(csrf())
                .param("amount", "5000")
                .param("currency", "JPY")
                .param("date", "2026-11-04")
                .param("method", "BANK_TRANSFER")
                .exchange();

        assertThat(mvc.get().uri(address(fundA)).with(as(treasurerA)))
                .hasStatusOk()
                .bodyText()
                .contains("No exchange rate from JPY to EUR on 2026-11-04");

        MockMultipartFile file = new MockMultipartFile(
                "file", "rates.csv", "text/csv", "date,base,quote,rate\n2026-11-04,EUR,JPY,162.25\n".getBytes());
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/rates/import")
                        .file(file)
                        .param("source", "ECB reference rates")
                        .with(as(treasurerA))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/rates/import")
                        .file(file)
                        .param("source", "ECB reference rates")
                        .with(as(treasurerA))
                        .with(csrf()))
                .hasRedirectedUrl("/admin/funds/rates?notice=imported&count=0");

        assertThat(mvc.get().uri(address(fundA)).with(as(treasurerA)))
                .hasStatusOk()
                .bodyText()
                .contains("1 EUR = 162.25 JPY on 2026-11-04")
                .contains("30.82 EUR"); // 5000 / 162.25 = 30.816… → 30.82
    }

    @Test
    void ratesFilesWithWrongColumnsAreRefusedAndOutsidersCannotEnterRates() {
        MockMultipartFile wrong = new MockMultipartFile(
                "file", "rates.csv", "text/csv", "Date,USD,JPY\n2026-11-04,1.08,162.2\n".getBytes());
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/rates/import")
                        .file(wrong)
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("date,base,quote,rate");
        assertThat(mvc.get().uri("/admin/funds/rates").with(as(editor))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/funds/rates")
                        .with(as(correspondent))
                        .with(csrf())
                        .param("date", "2026-11-04")
                        .param("base", "EUR")
                        .param("quote", "USD")
                        .param("rate", "1.08")
                        .param("source", "typed"))
                .hasStatus(403);
    }

    private MvcTestResult contribute(Actor actor, Fund fund, String amount) {
        return mvc.post()
                .uri(address(fund) + "/contributions")
                .with(as(actor))
                .with(csrf())
                .param("form", "contribution")
                .param("amount", amount)
                .param("currency", "EUR")
                .param("date", "2026-11-02")
                .param("method", "BANK_TRANSFER")
                .param("reference", "IBAN ref 77")
                .exchange();
    }

    private MvcTestResult approve(Actor actor, LedgerEntry entry) {
        return mvc.post()
                .uri(address(fundA) + "/entries/" + entry.id() + "/approval")
                .with(as(actor))
                .with(csrf())
                .param("form", "entries")
                .exchange();
    }

    private LedgerEntry withReversal(LedgerEntry entry) {
        LedgerEntry reversal = ledger.entries(admin, fundA.id()).getLast();
        return new LedgerEntry(
                entry.id(),
                entry.position(),
                entry.fund(),
                entry.kind(),
                entry.money(),
                entry.date(),
                entry.method(),
                entry.reference(),
                entry.pledgeId(),
                entry.purpose(),
                entry.recipient(),
                entry.reverses(),
                entry.reason(),
                entry.recordedBy(),
                entry.recordedAt(),
                entry.approval(),
                reversal.id());
    }

    private Fund open(String title) {
        return funds.open(
                admin,
                NewFund.typed(FundText.of("en", Newsrooms.unique(title), ""), "EUR", "", "2026-11-01", "", "", "", ""));
    }

    private static String title(Fund fund) {
        return fund.text("en").title();
    }

    private static String address(Fund fund) {
        return "/admin/funds/" + fund.id();
    }
}
