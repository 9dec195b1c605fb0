package org.organizer.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.PressTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Random sequences of ledger operations, run against the real database through the services, compared
 * after every step with a small model: per currency, received − approved disbursements = balance, with
 * reversals netting out and unapproved disbursements not counting; recorded entries never change; and the
 * converted total is the sum of the entries converted one by one (half to even at the target's minor units).
 *
 * <p>jqwik runs beside Jupiter, so the Spring context is borrowed from the test context cache: the same
 * {@link PressTest} configuration, hence the same database, as the other tests of the run.
 */
@PressTest
class LedgerProperties {

    private static final List<Currency> CURRENCIES = List.of("JPY", "EUR", "KWD", "USD").stream()
            .map(Currency::getInstance)
            .toList();
    private static final Currency EUR = Currency.getInstance("EUR");
    /** Dates of the generated entries; rates exist for every one of them, entered once per run. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 3, 1);

    private static final int DAYS = 8;

    private static ApplicationContext context;
    private static Actor administrator;
    private static Map<String, ExchangeRate> rates;

    sealed interface Op {}

    record Contribute(int currency, long units, int day, int by) implements Op {}

    record Disburse(int currency, long units, int day, int by) implements Op {}

    record Approve(int pick, int by) implements Op {}

    record Reverse(int pick, int by) implements Op {}

    /** What the test expects of one entry. */
    static final class Expected {
        final EntryId id;
        final EntryKind kind;
        final Money money;
        final LocalDate date;
        final int by;
        final Expected reverses;
        boolean approved;
        boolean reversed;

        Expected(EntryId id, EntryKind kind, Money money, LocalDate date, int by, Expected reverses) {
            this.id = id;
            this.kind = kind;
            this.money = money;
            this.date = date;
            this.by = by;
            this.reverses = reverses;
        }
    }

    @BeforeContainer
    static void borrowTheSpringContext() {
        context =
                new TestContextManager(LedgerProperties.class).getTestContext().getApplicationContext();
        administrator = person(Role.ADMINISTRATOR);
        rates = enterRates();
    }

    @Property(tries = 200)
    void balancesFollowTheEntriesThatCountAndNothingRecordedChanges(@ForAll("operations") List<Op> operations) {
        Ledger ledger = context.getBean(Ledger.class);
        List<Actor> treasurers = List.of(person(Role.CORRESPONDENT), person(Role.EDITOR));
        Fund fund = openFund(treasurers);
        List<Expected> expected = new ArrayList<>();
        Map<EntryId, LedgerEntry> seen = new HashMap<>();

        for (Op op : operations) {
            apply(op, ledger, fund.id(), treasurers, expected);
            assertThat(ledger.balances(administrator, fund.id()))
                    .as("balances after %s", op)
                    .containsExactlyElementsOf(balancesOf(expected));
            List<LedgerEntry> entries = ledger.entries(administrator, fund.id());
            for (LedgerEntry entry : entries) {
                LedgerEntry before = seen.putIfAbsent(entry.id(), entry);
                if (before != null) {
                    assertThat(recordedFacts(entry)).isEqualTo(recordedFacts(before));
                    if (before.approval() != null) {
                        assertThat(entry.approval()).isEqualTo(before.approval());
                    }
                }
            }
            assertThat(entries).hasSize(expected.size());
        }

        convertedTotalIsTheSumOfConvertedEntries(fund, expected);
        databaseRefusesChangesToRecordedRows(fund, ledger);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> currency = Arbitraries.integers().between(0, CURRENCIES.size() - 1);
        Arbitrary<Long> units = Arbitraries.longs().between(1, 5_000_000);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, DAYS - 1);
        Arbitrary<Integer> by = Arbitraries.integers().between(0, 1);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 40);
        Arbitrary<Op> contribute = Combinators.combine(currency, units, day, by).as(Contribute::new);
        Arbitrary<Op> disburse = Combinators.combine(currency, units, day, by).as(Disburse::new);
        Arbitrary<Op> approve = Combinators.combine(pick, by).as(Approve::new);
        Arbitrary<Op> reverse = Combinators.combine(pick, by).as(Reverse::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, contribute),
                        net.jqwik.api.Tuple.of(3, disburse),
                        net.jqwik.api.Tuple.of(3, approve),
                        net.jqwik.api.Tuple.of(2, reverse))
                .list()
                .ofMinSize(1)
                .ofMaxSize(16);
    }

    private static void apply(Op op, Ledger ledger, FundId fund, List<Actor> treasurers, List<Expected> expected) {
        switch (op) {
            case Contribute c -> {
                Money money = money(c.currency(), c.units());
                LocalDate date = FIRST_DAY.plusDays(c.day());
                LedgerEntry entry = ledger.recordContribution(
                        treasurers.get(c.by()),
                        fund,
                        new Contribution(money, date, PaymentMethod.BANK_TRANSFER, "ref " + c.units(), null));
                expected.add(new Expected(entry.id(), EntryKind.CONTRIBUTION, money, date, c.by(), null));
            }
            case Disburse d -> {
                Money money = money(d.currency(), d.units());
                LocalDate date = FIRST_DAY.plusDays(d.day());
                LedgerEntry entry = ledger.recordDisbursement(
                        treasurers.get(d.by()), fund, new Disbursement(money, date, "strike pay", "strikers"));
                expected.add(new Expected(entry.id(), EntryKind.DISBURSEMENT, money, date, d.by(), null));
            }
            case Approve a -> {
                Optional<Expected> target = pick(expected, a.pick(), EntryKind.DISBURSEMENT);
                if (target.isEmpty()) {
                    return;
                }
                Expected e = target.get();
                boolean allowed = !e.approved && !e.reversed && e.by != a.by();
                if (allowed) {
                    ledger.approve(treasurers.get(a.by()), fund, e.id);
                    e.approved = true;
                } else {
                    assertThatThrownBy(() -> ledger.approve(treasurers.get(a.by()), fund, e.id))
                            .isInstanceOf(LedgerChangeRefused.class);
                }
            }
            case Reverse r -> {
                Optional<Expected> target = pick(expected, r.pick(), null);
                if (target.isEmpty()) {
                    return;
                }
                Expected e = target.get();
                if (e.kind == EntryKind.REVERSAL || e.reversed) {
                    assertThatThrownBy(() -> ledger.reverse(treasurers.get(r.by()), fund, e.id, "mistake"))
                            .isInstanceOf(LedgerChangeRefused.class);
                } else {
                    LedgerEntry entry = ledger.reverse(treasurers.get(r.by()), fund, e.id, "typed twice");
                    e.reversed = true;
                    expected.add(new Expected(entry.id(), EntryKind.REVERSAL, e.money, e.date, r.by(), e));
                }
            }
        }
    }

    /** The model's balances: reversals net out, unapproved disbursements do not count. */
    private static List<Balance> balancesOf(List<Expected> expected) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Expected e : expected) {
            BigDecimal[] s = sums.computeIfAbsent(
                    e.money.currencyCode(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal amount = e.money.amount();
            switch (e.kind) {
                case CONTRIBUTION -> s[0] = s[0].add(amount);
                case DISBURSEMENT -> {
                    if (e.approved) {
                        s[1] = s[1].add(amount);
                    } else if (!e.reversed) {
                        s[2] = s[2].add(amount);
                    }
                }
                case REVERSAL -> {
                    if (e.reverses.kind == EntryKind.CONTRIBUTION) {
                        s[0] = s[0].subtract(amount);
                    } else if (e.reverses.approved) {
                        s[1] = s[1].subtract(amount);
                    }
                }
            }
        }
        List<Balance> balances = new ArrayList<>();
        sums.forEach((code, s) -> {
            Currency currency = Currency.getInstance(code);
            balances.add(new Balance(
                    currency,
                    Money.of(s[0], currency),
                    Money.of(s[1], currency),
                    Money.of(s[2], currency),
                    s[0].subtract(s[1]).setScale(currency.getDefaultFractionDigits())));
        });
        return balances;
    }

    private static void convertedTotalIsTheSumOfConvertedEntries(Fund fund, List<Expected> expected) {
        ConvertedTotal total = context.getBean(ExchangeRates.class).convertedTotal(administrator, fund.id(), EUR);
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (Expected e : expected) {
            boolean reversed = e.reversed;
            boolean counts = e.kind == EntryKind.CONTRIBUTION || (e.kind == EntryKind.DISBURSEMENT && e.approved);
            if (!counts || reversed) {
                continue; // a reversal and its entry cancel exactly: same amount, same date, same rate
            }
            BigDecimal converted = convertByHand(e.money, e.date);
            if (e.kind == EntryKind.CONTRIBUTION) {
                received = received.add(converted);
            } else {
                disbursed = disbursed.add(converted);
            }
        }
        assertThat(total.received().amount()).isEqualByComparingTo(received);
        assertThat(total.disbursed().amount()).isEqualByComparingTo(disbursed);
        assertThat(total.balance()).isEqualByComparingTo(received.subtract(disbursed));
        BigDecimal sumOfLines = total.lines().stream()
                .map(line -> switch (line.effect()) {
                    case RECEIVED, UNDISBURSED -> line.converted().amount();
                    case UNRECEIVED, DISBURSED -> line.converted().amount().negate();
                })
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfLines).isEqualByComparingTo(total.balance());
        total.lines().stream()
                .filter(line -> line.rate() != null)
                .forEach(line -> assertThat(line.rate().date()).isAfterOrEqualTo(FIRST_DAY));
    }

    /** The documented rule, written out independently: one rounding per entry, half to even, at EUR's 2 decimals. */
    private static BigDecimal convertByHand(Money money, LocalDate date) {
        if (money.currency().equals(EUR)) {
            return money.amount();
        }
        ExchangeRate rate = rates.get(date + money.currencyCode());
        return rate.base().equals(EUR)
                ? money.amount().divide(rate.rate(), 2, RoundingMode.HALF_EVEN)
                : money.amount().multiply(rate.rate()).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void databaseRefusesChangesToRecordedRows(Fund fund, Ledger ledger) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<LedgerEntry> before = ledger.entries(administrator, fund.id());
        if (before.isEmpty()) {
            return;
        }
        UUID any = before.getFirst().id().value();
        assertThatThrownBy(() -> jdbc.sql("UPDATE fund_ledger_entry SET amount = amount + 1 WHERE id = ?")
                        .param(any)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM fund_ledger_entry WHERE id = ?")
                        .param(any)
                        .update())
                .isInstanceOf(DataAccessException.class);
        if (before.stream().anyMatch(LedgerEntry::approved)) {
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM fund_disbursement_approval WHERE entry_id IN "
                                    + "(SELECT id FROM fund_ledger_entry WHERE fund_id = ?)")
                            .param(fund.id().value())
                            .update())
                    .isInstanceOf(DataAccessException.class);
        }
        assertThat(ledger.entries(administrator, fund.id())).isEqualTo(before);
    }

    private static Optional<Expected> pick(List<Expected> expected, int pick, EntryKind kind) {
        List<Expected> candidates =
                expected.stream().filter(e -> kind == null || e.kind == kind).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(pick % candidates.size()));
    }

    private static List<Object> recordedFacts(LedgerEntry e) {
        return java.util.Arrays.asList(
                e.id(),
                e.position(),
                e.kind(),
                e.money(),
                e.date(),
                e.method(),
                e.reference(),
                e.purpose(),
                e.recipient(),
                e.reverses(),
                e.reason(),
                e.recordedBy(),
                e.recordedAt());
    }

    private static Money money(int currency, long units) {
        Currency c = CURRENCIES.get(currency);
        return Money.of(BigDecimal.valueOf(units, c.getDefaultFractionDigits()), c);
    }

    private static Fund openFund(List<Actor> treasurers) {
        Funds funds = context.getBean(Funds.class);
        Fund fund = funds.open(
                administrator,
                new NewFund(
                        FundText.of("en", "Strike fund " + UUID.randomUUID(), ""),
                        EUR,
                        null,
                        FIRST_DAY,
                        null,
                        null,
                        null,
                        null));
        treasurers.forEach(t -> funds.assignTreasurer(administrator, fund.id(), t.email()));
        return fund;
    }

    private static Actor person(Role role) {
        return context.getBean(Accounts.class)
                .create(role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org", "Treasurer", role, null);
    }

    /**
     * Random rates for every day and currency: EUR→JPY and EUR→USD entered from EUR, KWD→EUR the other way
     * round, so both directions of conversion are exercised.
     */
    private static Map<String, ExchangeRate> enterRates() {
        ExchangeRates exchange = context.getBean(ExchangeRates.class);
        Random random = new Random(7);
        Map<String, ExchangeRate> entered = new HashMap<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            for (String code : List.of("JPY", "USD", "KWD")) {
                Currency other = Currency.getInstance(code);
                BigDecimal value = BigDecimal.valueOf(1_000_000L + random.nextInt(200_000_000), 6);
                ExchangeRate rate = code.equals("KWD")
                        ? new ExchangeRate(date, other, EUR, value, "property test")
                        : new ExchangeRate(date, EUR, other, value, "property test");
                Optional<ExchangeRate> known = exchange.between(other, EUR, date);
                if (known.isEmpty()) {
                    exchange.enter(administrator, rate);
                }
                entered.put(date + code, known.orElse(rate));
            }
        }
        return entered;
    }
}
