package org.organizer.network.calls;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answers of a date poll, counted per candidate date, with who answered what. The same shape is kept in
 * the record of the decision.
 */
public record PollTally(List<DateTally> dates) {

    public record Vote(String organisation, String answer, String comment) {}

    /** @param votes every organisation's answer for the date; answer is "yes", "if-need-be" or "no" */
    public record DateTally(LocalDate date, int yes, int ifNeedBe, int no, List<Vote> votes) {}

    /** The date with the most yes, then the most if-need-be, then the earliest. */
    public Optional<LocalDate> best() {
        return dates.stream()
                .sorted(Comparator.comparingInt(DateTally::yes)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(DateTally::ifNeedBe).reversed())
                        .thenComparing(DateTally::date))
                .map(DateTally::date)
                .findFirst();
    }

    /** The organisations that answered for at least one date, in the order they appear. */
    public List<String> participants() {
        return dates.stream()
                .flatMap(d -> d.votes().stream())
                .map(Vote::organisation)
                .distinct()
                .sorted()
                .toList();
    }
}
