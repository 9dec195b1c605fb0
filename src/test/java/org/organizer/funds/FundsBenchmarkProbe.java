package org.organizer.funds;

import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * For bench/funds.sh: times each query behind {@link PublicFunds#summary} on its own (median of a few runs),
 * to see where the time of the uncached totals goes. Lives in the funds package to reach its repositories.
 */
public final class FundsBenchmarkProbe {

    private FundsBenchmarkProbe() {}

    public static Map<String, Double> breakdown(ApplicationContext app, FundId fund, int runs) {
        PublicTotalsRepository totals = app.getBean(PublicTotalsRepository.class);
        PledgeRepository pledges = app.getBean(PledgeRepository.class);
        FundRepository funds = app.getBean(FundRepository.class);
        Fund f = funds.byId(fund).orElseThrow();
        Map<String, Double> medians = new LinkedHashMap<>();
        medians.put("fund row and texts", median(runs, () -> funds.bySlug(f.slug())));
        medians.put("totals groups from the day totals", median(runs, () -> totals.groups(fund, f.currency())));
        medians.put(
                "the same groups from the whole ledger",
                median(Math.min(runs, 5), () -> totals.groupsFromLedger(fund, f.currency())));
        medians.put("confirmed pledges with fulfilled", median(runs, () -> pledges.confirmed(fund)));
        medians.put("approved disbursements", median(runs, () -> totals.disbursements(fund)));
        medians.put("last updated", median(runs, () -> totals.lastUpdated(fund)));
        return medians;
    }

    /**
     * Recomputes the fund's day totals from its ledger (after the bulk load, which bypasses the services) and
     * says whether they equal the groups computed from the whole ledger. Returns the seconds it took.
     */
    public static double rebuild(ApplicationContext app, FundId fund) {
        long start = System.nanoTime();
        app.getBean(DayTotals.class).rebuild(fund);
        double seconds = (System.nanoTime() - start) / 1e9;
        PublicTotalsRepository totals = app.getBean(PublicTotalsRepository.class);
        Currency currency =
                app.getBean(FundRepository.class).byId(fund).orElseThrow().currency();
        if (!totals.groups(fund, currency).equals(totals.groupsFromLedger(fund, currency))) {
            throw new IllegalStateException("the day totals differ from the ledger's");
        }
        return seconds;
    }

    /** The plan of the totals query, as PostgreSQL ran it. */
    public static String plan(ApplicationContext app, FundId fund) {
        FundRepository funds = app.getBean(FundRepository.class);
        Fund f = funds.byId(fund).orElseThrow();
        return String.join(
                "\n",
                app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("EXPLAIN (ANALYZE, BUFFERS) " + PublicTotalsRepository.FROM_DAY_TOTALS)
                        .param("fund", fund.value())
                        .param("target", f.currency().getCurrencyCode())
                        .param("scale", java.math.BigDecimal.TEN.pow(Money.minorUnits(f.currency())))
                        .query(String.class)
                        .list());
    }

    private static double median(int runs, Supplier<?> work) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }
}
