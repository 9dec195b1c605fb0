package org.organizer.cases.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ICalendarTests {

    @Test
    void textValuesAreEscapedAndLongLinesFoldedWithoutSplittingACharacter() {
        String summary = "ج".repeat(100) + ", \"a\"; b\\c\nd";
        String ics = new ICalendar("-//Test//EN", "Name, with; marks")
                .event(
                        "id@example.org",
                        Instant.parse("2026-11-25T10:00:00Z"),
                        Instant.parse("2027-01-15T15:00:00Z"),
                        "PT2H",
                        summary,
                        "Sala 1",
                        "https://example.org/es/cases/case-1/campaign")
                .end();

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        }
        String[] unfolded = ics.replace("\r\n ", "").split("\r\n");
        assertThat(Arrays.asList(unfolded))
                .contains("X-WR-CALNAME:Name\\, with\\; marks")
                .contains("SUMMARY:" + "ج".repeat(100) + "\\, \"a\"\\; b\\\\c\\nd")
                .contains("DTSTART:20270115T150000Z", "DTSTAMP:20261125T100000Z", "UID:id@example.org")
                .startsWith("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN")
                .endsWith("END:VEVENT", "END:VCALENDAR");
    }
}
