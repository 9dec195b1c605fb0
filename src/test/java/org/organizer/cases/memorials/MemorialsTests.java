package org.organizer.cases.memorials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.cases.CasePhotos;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.CaseView;
import org.organizer.cases.Cases;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class MemorialsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    Memorials memorials;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CasePhotos photos;

    Actor admin;
    Actor worker;
    Actor outsider;
    CaseSummary killing;
    String consented;
    String notConsented;
    String teamOnly;
    String lawyer;
    UUID consent;
    UUID named;

    @BeforeEach
    void aCaseOfThreePeopleKilledOneNamedWithConsent() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        outsider = newsrooms.person(Role.EDITOR);
        killing = cases.open(admin, "PE", "KILLED", "es", Newsrooms.unique("Resumen ficticio"));
        cases.addTeamMember(admin, killing.id(), worker.email());
        consented = Newsrooms.unique("Fictional Rosa Quispe");
        notConsented = Newsrooms.unique("Fictional Without Consent");
        teamOnly = Newsrooms.unique("Fictional Team Only");
        lawyer = Newsrooms.unique("Fictional Lawyer Mamani");
        named = victim(consented, "19", true);
        victim(notConsented, "22", false);
        cases.addPerson(worker, killing.id(), "VICTIM", null, teamOnly, null, null, null, "31");
        cases.setField(worker, killing.id(), "CASE", killing.id(), "lawyer", null, lawyer);
        consent = cases.recordConsent(
                worker,
                killing.id(),
                named,
                "NAME",
                "FAMILY",
                LocalDate.now().minusDays(2).toString());
    }

    private UUID victim(String name, String age, boolean publicAge) {
        UUID person = cases.addPerson(worker, killing.id(), "VICTIM", null, name, null, null, null, age);
        cases.setVisibility(worker, killing.id(), "PERSON", person, "name", null, "PUBLIC");
        if (publicAge) {
            UUID role = cases.view(worker, killing.id()).persons().stream()
                    .filter(p -> p.personId().equals(person))
                    .map(CaseView.PersonInCase::roleId)
                    .findFirst()
                    .orElseThrow();
            cases.setVisibility(worker, killing.id(), "ROLE", role, "ageAtEvent", null, "PUBLIC");
        }
        return person;
    }

    private String slug() {
        return "juliaca-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MvcTestResult create(Actor actor, String slug, String date, String title) {
        return mvc.post()
                .uri("/admin/memorials")
                .with(as(actor))
                .with(csrf())
                .param("case", killing.id().toString())
                .param("slug", slug)
                .param("date", date)
                .param("country", "pe")
                .param("language", "es")
                .param("title", title)
                .param("place", "Juliaca")
                .param("body", "Primer párrafo.\n\nSegundo <b>párrafo</b>.")
                .exchange();
    }

    @Test
    void aCaseWorkerPublishesAMemorialPerLanguageWithConsentedNamesAndAgesAndCountsTheOthers() {
        String slug = slug();
        String title = Newsrooms.unique("Las personas asesinadas en Juliaca");
        MvcTestResult created = create(worker, slug, "2023-01-09", title);
        assertThat(created).hasStatus3xxRedirection();
        String admin = created.getResponse().getRedirectedUrl();

        assertThat(mvc.get().uri("/es/memorials/" + slug)).hasStatus(404);
        assertThat(mvc.get().uri(admin).with(as(worker)))
                .hasStatusOk()
                .bodyText()
                .contains(consented)
                .doesNotContain(notConsented)
                .doesNotContain(teamOnly)
                .doesNotContain(lawyer);

        assertThat(mvc.post()
                        .uri(admin + "/publish")
                        .with(as(worker))
                        .with(csrf())
                        .param("language", "es"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/es/memorials/" + slug))
                .hasStatusOk()
                .hasHeader("Cache-Control", "public, max-age=60")
                .bodyText()
                .contains(title)
                .contains(consented + ", 19 años")
                .contains("Personas cuyos nombres no se publican: 2")
                .contains("Personas asesinadas en total: 3")
                .contains("Segundo &lt;b&gt;párrafo&lt;/b&gt;.")
                .doesNotContain(notConsented)
                .doesNotContain(teamOnly)
                .doesNotContain(lawyer);
        assertThat(mvc.get().uri("/ar/memorials/" + slug)).hasStatus(404);

        String arabic = Newsrooms.unique("الأشخاص الذين قُتلوا في خولياكا");
        assertThat(mvc.post()
                        .uri(admin + "/texts")
                        .with(as(worker))
                        .with(csrf())
                        .param("language", "ar")
                        .param("title", arabic)
                        .param("place", "خولياكا")
                        .param("body", "نص"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(admin + "/publish")
                        .with(as(worker))
                        .with(csrf())
                        .param("language", "ar"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/ar/memorials/" + slug))
                .hasStatusOk()
                .bodyText()
                .contains(arabic)
                .contains("lang=\"ar\" dir=\"rtl\"")
                .contains("href=\"/es/memorials/" + slug + "\"")
                .contains("أشخاص لا تُنشر أسماؤهم: 2");
        assertThat(mvc.get().uri("/ar/memorials")).hasStatusOk().bodyText().contains(arabic);
        assertThat(mvc.get().uri("/en/memorials")).hasStatusOk().bodyText().doesNotContain(arabic);
        assertThat(mvc.get().uri("/api/v1/memorials/" + slug + "?language=es"))
                .hasStatusOk()
                .bodyText()
                .contains(consented)
                .contains("\"unnamed\":2")
                .doesNotContain(notConsented)
                .doesNotContain(teamOnly)
                .doesNotContain(lawyer);
        assertThat(mvc.get().uri("/api/v1/memorials/" + slug + "?language=en")).hasStatus(404);
    }

    @Test
    void aNamedPersonsPhotoAppearsOnTheMemorialOnlyWhilePublicWithAStandingPhotoConsent() throws Exception {
        String slug = slug();
        UUID id = memorials.create(
                worker,
                killing.id(),
                slug,
                "2023-01-09",
                "PE",
                "es",
                Newsrooms.unique("Memorial"),
                "Juliaca",
                "Texto.");
        memorials.publish(worker, id, "es");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        UUID photo = photos.upload(worker, killing.id(), named, jpeg.toByteArray());
        photos.setVisibility(worker, killing.id(), photo, "PUBLIC");
        String address = "/es/cases/" + killing.slug() + "/photos/" + photo;
        assertThat(mvc.get().uri("/es/memorials/" + slug))
                .as("no PHOTO consent yet")
                .bodyText()
                .doesNotContain(photo.toString());

        UUID photoConsent = cases.recordConsent(
                worker,
                killing.id(),
                named,
                "PHOTO",
                "FAMILY",
                LocalDate.now().minusDays(1).toString());
        assertThat(mvc.get().uri("/es/memorials/" + slug)).bodyText().contains(address);
        assertThat(mvc.get().uri(address)).hasStatusOk();

        cases.withdrawConsent(worker, killing.id(), photoConsent);
        assertThat(mvc.get().uri("/es/memorials/" + slug)).bodyText().doesNotContain(photo.toString());
        assertThat(mvc.get().uri(address)).hasStatus(404);
    }

    @Test
    void withdrawingConsentTakesTheNameOffTheCachedMemorialAtOnceAndKeepsItInTheCase() {
        String slug = slug();
        String title = Newsrooms.unique("Memorial");
        UUID id = memorials.create(worker, killing.id(), slug, "2023-01-09", "PE", "es", title, "Juliaca", "Texto.");
        memorials.publish(worker, id, "es");
        assertThat(mvc.get().uri("/es/memorials/" + slug)).bodyText().contains(consented);
        jdbc.sql("UPDATE case_memorial_text SET title = 'changed behind the cache' WHERE memorial_id = ?")
                .param(id)
                .update();
        assertThat(mvc.get().uri("/es/memorials/" + slug))
                .as("served from the page cache")
                .bodyText()
                .contains(title);

        cases.withdrawConsent(worker, killing.id(), consent);

        assertThat(mvc.get().uri("/es/memorials/" + slug))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(consented)
                .contains("Personas cuyos nombres no se publican: 3");
        assertThat(cases.view(worker, killing.id()).toString())
                .as("nothing lost")
                .contains(consented);
    }

    @Test
    void onlyTheCaseTeamAndAdministratorsMakeMemorialsAndOnlyOfKillings() {
        assertThat(create(outsider, slug(), "2023-01-09", "Not allowed")).hasStatus(403);
        UUID id = memorials.create(worker, killing.id(), slug(), "2023-01-09", "PE", "es", "T", "Juliaca", "");
        assertThat(mvc.get().uri("/admin/memorials/" + id).with(as(outsider))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/memorials").with(as(outsider)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(id.toString());
        assertThat(mvc.get().uri("/admin/memorials").with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(id.toString());
        assertThat(mvc.get().uri("/admin/memorials/" + id)).hasStatus3xxRedirection();

        CaseSummary detained = cases.open(admin, "PE", "DETAINED", "es", "Resumen");
        cases.addTeamMember(admin, detained.id(), worker.email());
        assertThat(mvc.post()
                        .uri("/admin/memorials/" + id + "/cases")
                        .with(as(worker))
                        .with(csrf())
                        .param("case", detained.id().toString()))
                .hasStatus(400)
                .bodyText()
                .contains("Only a case about a killing");
        cases.addEvent(worker, detained.id(), "KILLING", "2023-01-09", "PE", null, null);
        assertThat(mvc.post()
                        .uri("/admin/memorials/" + id + "/cases")
                        .with(as(worker))
                        .with(csrf())
                        .param("case", detained.id().toString()))
                .hasStatus3xxRedirection();
        assertThat(memorials.memorial(worker, id).cases()).hasSize(2);
    }

    @Test
    void badInputGetsAClearTranslatedMessageKeepsWhatWasTypedAndWritesNothing() {
        String title = Newsrooms.unique("Typed title");
        int before = count();
        assertThat(create(worker, slug(), "2023-02-30", title))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a date as year-month-day.")
                .contains(title);
        assertThat(create(worker, slug(), LocalDate.now().plusDays(3).toString(), title))
                .hasStatus(400)
                .bodyText()
                .contains("The date is in the future.");
        assertThat(create(worker, "Not A Slug!", "2023-01-09", title))
                .hasStatus(400)
                .bodyText()
                .contains("lower-case letters");
        assertThat(create(worker, slug(), "2023-01-09", "   "))
                .hasStatus(400)
                .bodyText()
                .contains("Enter a title on one line");
        assertThat(mvc.post()
                        .uri("/admin/memorials")
                        .with(as(worker))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("case", killing.id().toString())
                        .param("slug", slug())
                        .param("date", "2023-01-09")
                        .param("country", "XX")
                        .param("language", "es")
                        .param("title", title)
                        .param("place", "Juliaca")
                        .param("body", ""))
                .hasStatus(400)
                .bodyText()
                .contains("Escriba el país con su código ISO");
        assertThat(count()).isEqualTo(before);

        String slug = slug();
        assertThat(create(worker, slug, "2023-01-09", title)).hasStatus3xxRedirection();
        assertThat(create(worker, slug, "2023-01-09", title))
                .hasStatus(400)
                .bodyText()
                .contains("Another memorial already has this address.");
        UUID id = jdbc.sql("SELECT id FROM case_memorial WHERE slug = ?")
                .param(slug)
                .query(UUID.class)
                .single();
        assertThat(mvc.post()
                        .uri("/admin/memorials/" + id + "/publish")
                        .with(as(worker))
                        .with(csrf())
                        .param("language", "ar"))
                .hasStatus(400)
                .bodyText()
                .contains("Write the text in this language before publishing it.");
        String body = "A long text ".repeat(2000).toUpperCase(Locale.ROOT);
        assertThat(mvc.post()
                        .uri("/admin/memorials/" + id + "/texts")
                        .with(as(worker))
                        .with(csrf())
                        .param("language", "ar")
                        .param("title", "عنوان")
                        .param("place", "خولياكا")
                        .param("body", body))
                .hasStatus(400)
                .bodyText()
                .contains("The text may be up to 20")
                .contains("عنوان");
        assertThat(mvc.get().uri("/admin/memorials/not-an-id").with(as(worker))).hasStatus(404);
        assertThat(mvc.get().uri("/es/memorials/no-such-memorial")).hasStatus(404);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM case_memorial")
                .query(Integer.class)
                .single();
    }
}
