package org.organizer.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public statistics and exports of cases. Only cases the public can see count — counting the others would
 * itself tell something about cases that are not public (that there is one more detained person in a country
 * this month) — and the exports hold public values only, exactly what the public pages show.
 */
@Service
public class CaseStatisticsService {

    private final StatisticsRepository statistics;
    private final Cases cases;

    CaseStatisticsService(StatisticsRepository statistics, Cases cases) {
        this.statistics = statistics;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public CaseStatistics statistics() {
        List<CaseStatistics.Count> countries = new ArrayList<>();
        List<CaseStatistics.Count> statuses = new ArrayList<>();
        List<CaseStatistics.Count> years = new ArrayList<>();
        long total = 0;
        for (StatisticsRepository.Row row : statistics.counts()) {
            CaseStatistics.Count count = new CaseStatistics.Count(row.key(), row.cases());
            switch (row.dimension()) {
                case "country" -> {
                    countries.add(count);
                    total += row.cases();
                }
                case "status" -> statuses.add(count);
                default -> years.add(count);
            }
        }
        countries.sort(Comparator.comparingLong(CaseStatistics.Count::cases)
                .reversed()
                .thenComparing(CaseStatistics.Count::key));
        statuses.sort(Comparator.comparingInt(c -> CaseStatus.valueOf(c.key()).ordinal()));
        years.sort(Comparator.comparing((CaseStatistics.Count c) -> c.key().isEmpty())
                .thenComparing(CaseStatistics.Count::key));
        return new CaseStatistics(total, List.copyOf(countries), List.copyOf(statuses), List.copyOf(years));
    }

    /**
     * The newest 200 cases the public sees, filtered by country and status, for the public list: one query, no
     * value read (the list shows country and status only).
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> publicList(@Nullable String country, @Nullable String status) {
        String code = country == null || country.isBlank() ? null : Cases.country(country);
        CaseStatus parsed =
                status == null || status.isBlank() ? null : Cases.parse(CaseStatus.class, status, "cases.error.status");
        return statistics.publicList(code, parsed, 200);
    }

    /** Every case the public sees, as its public page shows it, newest first. */
    @Transactional(readOnly = true)
    public void eachPublicCase(Consumer<PublicCase> each) {
        for (StatisticsRepository.Published row : statistics.published()) {
            try {
                each.accept(cases.publicCase(row.slug()));
            } catch (CaseNotFound e) {
                // the SQL rule and the page agree (tested); a case can only vanish in between
            }
        }
    }
}
