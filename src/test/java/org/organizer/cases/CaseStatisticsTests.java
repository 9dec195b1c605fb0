package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PressTest
class CaseStatisticsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    CaseStatisticsService statistics;

    @Autowired
    StatisticsRepository rule;

    Actor admin;
    Actor worker;
    String country;

    @BeforeEach
    void aWorkerAndARarelyUsedCountry() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        String[] codes = Locale.getISOCountries();
        country = codes[ThreadLocalRandom.current().nextInt(codes.length)];
    }

    @Test
    void onlyCasesThePublicSeesAreCountedAndTheSqlRuleAgreesWithThePublicPages() {
        long before = countryCount();
        List<CaseSummary> opened = new ArrayList<>();
        CaseSummary withPublicEvent = open("DETAINED", opened);
        UUID event =
                cases.addEvent(worker, withPublicEvent.id(), "ARREST", "2019-05-01", country, "Fictional city", null);
        cases.setVisibility(worker, withPublicEvent.id(), "EVENT", event, "city", null, "PUBLIC");

        CaseSummary nameWithoutConsent = open("DETAINED", opened);
        UUID person = cases.addPerson(
                worker,
                nameWithoutConsent.id(),
                "VICTIM",
                null,
                Newsrooms.unique("Fictional Name"),
                null,
                null,
                null,
                null);
        cases.setVisibility(worker, nameWithoutConsent.id(), "PERSON", person, "name", null, "PUBLIC");

        CaseSummary storyWithoutConsent = open("KILLED", opened);
        cases.addPerson(worker, storyWithoutConsent.id(), "VICTIM", null, "Fictional Victim", null, null, null, null);
        cases.setVisibility(
                worker, storyWithoutConsent.id(), "CASE", storyWithoutConsent.id(), "summary", "en", "PUBLIC");

        CaseSummary networkOnly = open("MISSING", opened);
        cases.setVisibility(worker, networkOnly.id(), "CASE", networkOnly.id(), "summary", "en", "NETWORK");

        assertThat(countryCount()).isEqualTo(before + 1);
        agreesWithPublicPages(opened);
        assertThat(mvc.get().uri("/en/cases?country=" + country.toLowerCase(Locale.ROOT) + "&status=DETAINED"))
                .as("the public list uses the same rule")
                .hasStatusOk()
                .bodyText()
                .contains(withPublicEvent.slug())
                .doesNotContain(nameWithoutConsent.slug())
                .doesNotContain(storyWithoutConsent.slug())
                .doesNotContain(networkOnly.slug());
        assertThat(mvc.get().uri("/api/v1/cases?country=" + country))
                .hasStatusOk()
                .bodyText()
                .contains(withPublicEvent.slug())
                .doesNotContain(nameWithoutConsent.slug())
                .doesNotContain(networkOnly.slug());

        UUID consent = cases.recordConsent(
                worker,
                nameWithoutConsent.id(),
                person,
                "NAME",
                "PERSON",
                LocalDate.now().minusDays(1).toString());
        assertThat(countryCount()).isEqualTo(before + 2);
        agreesWithPublicPages(opened);
        assertThat(statistics.statistics().byYear())
                .anySatisfy(c -> assertThat(c.key()).isEqualTo("2019"));

        cases.withdrawConsent(worker, nameWithoutConsent.id(), consent);
        assertThat(countryCount()).isEqualTo(before + 1);
        agreesWithPublicPages(opened);
    }

    @Test
    void theStatisticsPageDrawsChartsOnTheServerAndTheFiguresAreCsvAndApiForAnyone() {
        CaseSummary shown = open("SENTENCED", new ArrayList<>());
        String court = Newsrooms.unique("Fictional public court");
        cases.setField(worker, shown.id(), "CASE", shown.id(), "court", null, "=" + court);
        cases.setVisibility(worker, shown.id(), "CASE", shown.id(), "court", null, "PUBLIC");

        assertThat(mvc.get().uri("/es/cases/statistics"))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains("<svg")
                .contains("Casos públicos por país")
                .contains(Locale.of("", country).getDisplayCountry(Locale.of("es")))
                .doesNotContain("<script");
        assertThat(mvc.get().uri("/en/cases/statistics.csv"))
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8")
                .bodyText()
                .startsWith("dimension,key,cases\r\n")
                .contains("country,\"" + country + "\",")
                .contains("status,\"SENTENCED\",");
        assertThat(mvc.get().uri("/en/cases.csv"))
                .hasStatusOk()
                .bodyText()
                .contains("\"" + shown.slug() + "\",\"" + country
                        + "\",\"SENTENCED\",\"case\",\"\",\"\",\"court\",\"\",\"'=" + court + "\"");
        assertThat(mvc.get().uri("/api/v1/cases/statistics"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .asNumber()
                .satisfies(n -> assertThat(n.longValue()).isPositive());
        assertThat(mvc.get().uri("/xx/cases/statistics")).hasStatus(404);
    }

    private CaseSummary open(String status, List<CaseSummary> opened) {
        CaseSummary c = cases.open(admin, country, status, "en", Newsrooms.unique("Fictional statistics summary"));
        cases.addTeamMember(admin, c.id(), worker.email());
        opened.add(c);
        return c;
    }

    private void agreesWithPublicPages(List<CaseSummary> opened) {
        List<String> published = rule.published().stream()
                .map(StatisticsRepository.Published::slug)
                .toList();
        for (CaseSummary c : opened) {
            if (published.contains(c.slug())) {
                assertThat(cases.publicCase(c.slug()).published()).isTrue();
            } else {
                assertThatThrownBy(() -> cases.publicCase(c.slug())).isInstanceOf(CaseNotFound.class);
            }
        }
    }

    private long countryCount() {
        return statistics.statistics().byCountry().stream()
                .filter(c -> c.key().equals(country))
                .mapToLong(CaseStatistics.Count::cases)
                .sum();
    }
}
