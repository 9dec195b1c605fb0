package org.organizer.network.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules behind discussion and polls, without a database. */
class ParagraphsAndTallyTests {

    @Test
    void paragraphsAreBlocksBetweenBlankLinesAndReplacingOneKeepsTheOthers() {
        String body = "First line\nstill first.\r\n\r\n  Second.  \n\n\n\nThird.";
        assertThat(Paragraphs.of(body)).containsExactly("First line\nstill first.", "Second.", "Third.");
        assertThat(Paragraphs.replace(body, 2, "New second.\r\n"))
                .isEqualTo("First line\nstill first.\n\nNew second.\n\nThird.");
    }

    @Test
    void theBestDateHasMostYesThenMostIfNeedBeThenComesFirst() {
        LocalDate may1 = LocalDate.of(2027, 5, 1);
        LocalDate may8 = LocalDate.of(2027, 5, 8);
        LocalDate may15 = LocalDate.of(2027, 5, 15);
        PollTally tally = new PollTally(List.of(
                new PollTally.DateTally(may1, 1, 0, 2, List.of()),
                new PollTally.DateTally(may8, 2, 0, 1, List.of()),
                new PollTally.DateTally(may15, 2, 1, 0, List.of())));
        assertThat(tally.best()).contains(may15);
        PollTally even = new PollTally(List.of(
                new PollTally.DateTally(may15, 1, 1, 0, List.of()), new PollTally.DateTally(may8, 1, 1, 0, List.of())));
        assertThat(even.best()).contains(may8);
    }

    @Test
    void candidateDatesAreSortedWithoutRepeatsAndMistakesAreNamed() {
        assertThat(CallRules.dates("2027-05-15\n2027-05-01, 2027-05-15"))
                .containsExactly(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 15));
        assertThatThrownBy(() -> CallRules.dates("1 May"))
                .isInstanceOfSatisfying(
                        InvalidCallInput.class,
                        e -> assertThat(e.errors()).containsExactly("network.calls.error.date"));
        assertThatThrownBy(() -> CallRules.dates(" "))
                .isInstanceOfSatisfying(
                        InvalidCallInput.class,
                        e -> assertThat(e.errors()).containsExactly("network.calls.error.pollDates"));
        assertThatThrownBy(() -> CallRules.paragraph("4", 3)).isInstanceOf(InvalidCallInput.class);
        assertThat(CallRules.paragraph("", 3)).isNull();
    }

    @Test
    void slugsKeepLettersOfAnyScript() {
        assertThat(CallSlugs.fromTitle("Stop the war!")).isEqualTo("stop-the-war");
        assertThat(CallSlugs.fromTitle("أوقفوا الحرب")).isEqualTo("أوقفوا-الحرب");
        assertThat(CallSlugs.fromTitle("¡¿?!")).isEqualTo("call");
    }
}
