package org.organizer.cases;

import java.util.List;

/**
 * Counts of the cases the public can see (a case with nothing public, or whose only public values wait for a
 * consent, is not counted anywhere): by country, by status, and by the year of its first event shown publicly
 * ({@code ""} when no event of the case is shown).
 */
public record CaseStatistics(long total, List<Count> byCountry, List<Count> byStatus, List<Count> byYear) {

    public record Count(String key, long cases) {}
}
