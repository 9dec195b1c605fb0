package org.organizer.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.platform.LinkTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --demo}, an installation without funds gets one fictional solidarity fund: pledges from
 * organisations in several countries and currencies (one of them a day's wage × members, one anonymous),
 * contributions linked to them, exchange rates, and one disbursement approved by a second treasurer. The
 * demo treasurers have no password. Pledges are recorded as confirmed, so no mail is sent.
 */
@Component
@ConditionalOnProperty(name = "organizer.demo", havingValue = "true")
class DemoFund {

    static final String ADMINISTRATOR_EMAIL = "admin@demo.invalid";

    private static final Logger log = LoggerFactory.getLogger(DemoFund.class);

    private final FundRepository fundRows;
    private final Funds funds;
    private final Ledger ledger;
    private final ExchangeRates rates;
    private final PledgeRepository pledges;
    private final Accounts accounts;
    private final TransactionTemplate transaction;

    DemoFund(
            FundRepository fundRows,
            Funds funds,
            Ledger ledger,
            ExchangeRates rates,
            PledgeRepository pledges,
            Accounts accounts,
            TransactionTemplate transaction) {
        this.fundRows = fundRows;
        this.funds = funds;
        this.ledger = ledger;
        this.rates = rates;
        this.pledges = pledges;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void load() {
        if (!fundRows.all().isEmpty()) {
            log.info("Funds exist; the demo fund is not loaded");
            return;
        }
        transaction.executeWithoutResult(status -> loadIntoEmptyLedger());
        log.info("Demo fund loaded: /en/funds");
    }

    /** Adds the demo fund whatever exists already; {@link #load()} calls it only when there is no fund. */
    Fund loadIntoEmptyLedger() {
        Actor admin = accounts.byEmail(ADMINISTRATOR_EMAIL)
                .orElseGet(() -> account("funds-admin@demo.invalid", "Demo Fund Administrator", Role.ADMINISTRATOR));
        Actor first = account("treasurer.one@demo.invalid", "Demo Treasurer One", Role.CORRESPONDENT);
        Actor second = account("treasurer.two@demo.invalid", "Demo Treasurer Two", Role.CORRESPONDENT);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        Fund fund = funds.open(
                admin,
                new NewFund(
                        FundText.of(
                                "en",
                                "Solidarity with the harbour cleaners’ strike",
                                "A fictional fund for the demo: strike pay for the cleaners of an imaginary harbour."),
                        Money.currency("EUR"),
                        Money.of("20000", "EUR"),
                        day.minusDays(10),
                        null,
                        null,
                        null,
                        null));
        funds.saveText(
                admin,
                fund.id(),
                FundText.of(
                        "es",
                        "Solidaridad con la huelga de la limpieza del puerto",
                        "Un fondo ficticio de demostración: salario de huelga para la limpieza de un puerto imaginario."));
        funds.saveText(
                admin,
                fund.id(),
                FundText.of(
                        "ar",
                        "تضامنًا مع إضراب عمال النظافة في الميناء",
                        "صندوق وهمي للعرض: أجور الإضراب لعمال النظافة في ميناء خيالي."));
        funds.assignTreasurer(admin, fund.id(), first.email());
        funds.assignTreasurer(admin, fund.id(), second.email());

        rates.enter(
                first,
                new ExchangeRate(day, Money.currency("EUR"), Money.currency("JPY"), new BigDecimal("162.5"), "Demo"));
        rates.enter(
                first,
                new ExchangeRate(day, Money.currency("KWD"), Money.currency("EUR"), new BigDecimal("2.95"), "Demo"));
        rates.enter(
                first,
                new ExchangeRate(day, Money.currency("EUR"), Money.currency("USD"), new BigDecimal("1.08"), "Demo"));

        UUID riverside = pledge(
                fund,
                PledgerKind.ORGANISATION,
                "Riverside Transport Workers’ Union",
                "DE",
                PledgeVisibility.NAME,
                Money.of("3000", "EUR"),
                null,
                null);
        Money wage = Money.of("12000", "JPY");
        UUID northport = pledge(
                fund,
                PledgerKind.ORGANISATION,
                "Northport Teachers’ Branch",
                "JP",
                PledgeVisibility.NAME,
                NewPledge.daysWage(wage, 40),
                wage,
                40);
        UUID gulf = pledge(
                fund,
                PledgerKind.ORGANISATION,
                "Gulf Nurses’ Committee",
                "KW",
                PledgeVisibility.COUNTRY,
                Money.of("250.500", "KWD"),
                null,
                null);
        UUID someone = pledge(
                fund,
                PledgerKind.PERSON,
                "A supporter",
                "AR",
                PledgeVisibility.ANONYMOUS,
                Money.of("100", "USD"),
                null,
                null);

        contribute(first, fund, Money.of("2000", "EUR"), day, riverside);
        contribute(first, fund, Money.of("240000", "JPY"), day, northport);
        contribute(second, fund, Money.of("250.500", "KWD"), day, gulf);
        contribute(second, fund, Money.of("100", "USD"), day, someone);
        ledger.recordContribution(
                first,
                fund.id(),
                new Contribution(Money.of("50", "EUR"), day, PaymentMethod.CASH, "Picket collection", null));

        LedgerEntry paid = ledger.recordDisbursement(
                first,
                fund.id(),
                new Disbursement(
                        Money.of("1500", "EUR"),
                        day,
                        "Strike pay for the first week",
                        "The strike committee of the harbour cleaners, for 60 workers"));
        ledger.approve(second, fund.id(), paid.id());
        return fund;
    }

    private UUID pledge(
            Fund fund,
            PledgerKind kind,
            String name,
            String country,
            PledgeVisibility visibility,
            Money money,
            @Nullable Money wage,
            @Nullable Integer members) {
        UUID id = UUID.randomUUID();
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        pledges.insert(
                id,
                fund.id(),
                new NewPledge(kind, name, country, slug + "@demo.invalid", visibility, money, wage, members, "en"),
                LinkTokens.hash(LinkTokens.newToken()),
                Funds.now());
        pledges.confirm(id, Funds.now());
        return id;
    }

    private void contribute(Actor treasurer, Fund fund, Money money, LocalDate day, UUID pledge) {
        ledger.recordContribution(
                treasurer, fund.id(), new Contribution(money, day, PaymentMethod.BANK_TRANSFER, null, pledge));
    }

    private Actor account(String email, String name, Role role) {
        return accounts.byEmail(email).orElseGet(() -> accounts.create(email, name, role, null));
    }
}
