package org.organizer.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PressTest
class LedgerTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Autowired
    Funds funds;

    @Autowired
    Ledger ledger;

    @Autowired
    ExchangeRates rates;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Actor first;
    Actor second;
    Fund fund;

    @BeforeEach
    void openFund() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        first = newsrooms.person(Role.CORRESPONDENT);
        second = newsrooms.person(Role.EDITOR);
        fund = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Dockworkers strike fund"), "One day's wage."),
                        "EUR",
                        "10000",
                        "2026-11-01",
                        "",
                        "",
                        "",
                        ""));
        funds.assignTreasurer(admin, fund.id(), first.email());
        funds.assignTreasurer(admin, fund.id(), second.email());
    }

    @Test
    void aDisbursementCountsOnlyOnceASecondTreasurerApprovesIt() {
        ledger.recordContribution(first, fund.id(), contribution("500.00", "EUR"));
        LedgerEntry paid = ledger.recordDisbursement(
                first,
                fund.id(),
                new Disbursement(Money.of("120.00", "EUR"), DAY, "Strike pay", "Families of detained dockworkers"));

        assertThat(balance()).isEqualByComparingTo("500.00");
        assertThatThrownBy(() -> ledger.approve(first, fund.id(), paid.id()))
                .isInstanceOf(LedgerChangeRefused.class)
                .hasMessage("funds.error.approve.own");

        ledger.approve(second, fund.id(), paid.id());

        assertThat(balance()).isEqualByComparingTo("380.00");
        assertThatThrownBy(() -> ledger.approve(second, fund.id(), paid.id())).isInstanceOf(LedgerChangeRefused.class);
    }

    @Test
    void aReversalCancelsAnEntryWithItsReasonAndCannotItselfBeReversed() {
        LedgerEntry wrong = ledger.recordContribution(first, fund.id(), contribution("3000", "JPY"));

        LedgerEntry reversal = ledger.reverse(second, fund.id(), wrong.id(), "Typed twice");

        assertThat(reversal.reverses()).isEqualTo(wrong.id());
        assertThat(reversal.reason()).isEqualTo("Typed twice");
        assertThat(reversal.recordedBy().id()).isEqualTo(second.id());
        assertThat(ledger.balances(admin, fund.id()))
                .singleElement()
                .satisfies(b -> assertThat(b.received().isZero()).isTrue());
        assertThatThrownBy(() -> ledger.reverse(first, fund.id(), wrong.id(), "again"))
                .isInstanceOf(LedgerChangeRefused.class);
        assertThatThrownBy(() -> ledger.reverse(first, fund.id(), reversal.id(), "undo"))
                .isInstanceOf(LedgerChangeRefused.class);
        assertThatThrownBy(() -> ledger.reverse(
                        first,
                        fund.id(),
                        ledger.recordContribution(first, fund.id(), contribution("1", "JPY"))
                                .id(),
                        " "))
                .isInstanceOf(InvalidEntry.class)
                .hasMessage("funds.error.reason.missing");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteLedgerRows() {
        LedgerEntry entry = ledger.recordContribution(first, fund.id(), contribution("10.000", "KWD"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE fund_ledger_entry SET amount = 1 WHERE id = ?")
                        .param(entry.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM fund_ledger_entry WHERE id = ?")
                        .param(entry.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(ledger.entries(admin, fund.id())).containsExactly(entry);
    }

    @Test
    void theDatabaseRefusesAnApprovalByTheTreasurerWhoRecordedTheDisbursement() {
        LedgerEntry paid = ledger.recordDisbursement(
                first, fund.id(), new Disbursement(Money.of("5.00", "EUR"), DAY, "Leaflets", "Strike committee"));

        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO fund_disbursement_approval (entry_id, approved_by, approved_at) VALUES (?, ?, now())")
                        .params(paid.id().value(), first.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void onlyTheFundsTreasurersWriteAndOnlyAdministratorsAndTreasurersRead() {
        Actor editor = newsrooms.person(Role.EDITOR);

        assertThatThrownBy(() -> ledger.recordContribution(admin, fund.id(), contribution("1.00", "EUR")))
                .isInstanceOf(FundAccessDenied.class);
        assertThatThrownBy(() -> ledger.recordContribution(editor, fund.id(), contribution("1.00", "EUR")))
                .isInstanceOf(FundAccessDenied.class);
        assertThatThrownBy(() -> ledger.entries(editor, fund.id())).isInstanceOf(FundAccessDenied.class);
        assertThat(funds.visibleTo(editor)).isEmpty();
        assertThat(funds.visibleTo(first)).extracting(Fund::id).containsExactly(fund.id());
        assertThat(funds.visibleTo(admin)).extracting(Fund::id).contains(fund.id());
    }

    @Test
    void badEntriesAreRefusedWithANamedReason() {
        assertThatThrownBy(() -> Contribution.typed("12.345", "EUR", "2026-11-02", "cash", "", ""))
                .isInstanceOf(TooManyDecimals.class);
        assertThatThrownBy(() -> Contribution.typed("0", "EUR", "2026-11-02", "cash", "", ""))
                .hasMessage("funds.error.amount.zero");
        assertThatThrownBy(() -> Contribution.typed(
                        "5", "EUR", LocalDate.now().plusDays(3).toString(), "cash", "", ""))
                .hasMessage("funds.error.date.future");
        assertThatThrownBy(() -> Contribution.typed("5", "EUR", "2026-11-02", "cheque", "", ""))
                .hasMessage("funds.error.method.unknown");
        assertThatThrownBy(() -> Disbursement.typed("5", "EUR", "2026-11-02", "Food", " "))
                .hasMessage("funds.error.recipient.missing");
        assertThat(ledger.entries(admin, fund.id())).isEmpty();
    }

    @Test
    void convertedTotalsNameTheRateAndDateUsedAndAMissingRateIsAClearError() {
        ledger.recordContribution(first, fund.id(), contribution("3000", "JPY"));
        ledger.recordContribution(first, fund.id(), contribution("20.00", "EUR"));
        Currency eur = Currency.getInstance("EUR");

        assertThatThrownBy(() -> rates.convertedTotal(admin, fund.id(), eur))
                .isInstanceOfSatisfying(MissingExchangeRate.class, e -> {
                    assertThat(e.from()).isEqualTo("JPY");
                    assertThat(e.date()).isEqualTo(DAY);
                });

        rates.enter(admin, ExchangeRates.typed("2026-11-02", "EUR", "JPY", "160.5", "ECB"));
        ConvertedTotal total = rates.convertedTotal(admin, fund.id(), eur);

        assertThat(total.received()).isEqualTo(Money.of("38.69", "EUR")); // 3000 / 160.5 = 18.691… → 18.69
        assertThat(total.lines())
                .filteredOn(line -> line.rate() != null)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.rate().date()).isEqualTo(DAY);
                    assertThat(line.rate().rate()).isEqualByComparingTo("160.5");
                });
    }

    @Test
    void importingTheSameRatesFileTwiceAddsNothingAndWrongColumnsAreRefused() {
        String csv = "rate,date,base,quote\n1.0825,2026-10-01,EUR,USD\n0.30712,2026-10-01,KWD,USD\n";

        assertThat(rates.importCsv(admin, csv, "ECB")).isEqualTo(2);
        assertThat(rates.importCsv(first, csv, "ECB")).isZero();
        assertThat(rates.between(Currency.getInstance("USD"), Currency.getInstance("EUR"), LocalDate.of(2026, 10, 1)))
                .get()
                .extracting(ExchangeRate::rate)
                .isEqualTo(new BigDecimal("1.0825"));
        assertThatThrownBy(() -> rates.importCsv(admin, "day,from,to,value\n2026-10-01,EUR,USD,1\n", "x"))
                .isInstanceOf(InvalidExchangeRates.class)
                .hasMessage("funds.error.rates.columns");
        assertThatThrownBy(() -> rates.importCsv(admin, "date,base,quote,rate\n2026-10-01,EUR,USD,1.1\n", "x"))
                .hasMessage("funds.error.rate.conflict");
        assertThatThrownBy(() -> rates.importCsv(newsrooms.person(Role.EDITOR), csv, "x"))
                .isInstanceOf(FundAccessDenied.class);
    }

    private BigDecimal balance() {
        return ledger.balances(admin, fund.id()).stream()
                .filter(b -> b.currencyCode().equals("EUR"))
                .findFirst()
                .orElseThrow()
                .balance();
    }

    private static Contribution contribution(String amount, String currency) {
        return new Contribution(Money.of(amount, currency), DAY, PaymentMethod.BANK_TRANSFER, "IBAN transfer 42", null);
    }
}
