package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.organizer.press.support.Newsrooms.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A unique value planted in every field of a case, once as a case-team value and once as a network value, must
 * reach no public place: the public pages and API in every language, the feeds, the sitemap, the search page,
 * API and index files, the dossier of an exporter outside the team (case-team values), nor the log.
 */
@PressTest
@ExtendWith(OutputCaptureExtension.class)
class CaseLeakTests {

    private static final List<String> LANGUAGES = List.of("en", "es", "ar");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    PlatformProperties platform;

    record Planted(CaseSummary file, String control, List<String> values) {}

    @Test
    void plantedCaseTeamAndNetworkValuesReachNoPublicPlaceNoOutsidersDossierAndNoLog(CapturedOutput output)
            throws Exception {
        Actor admin = newsrooms.person(Role.ADMINISTRATOR);
        Actor worker = newsrooms.person(Role.CORRESPONDENT);
        Actor outsider = newsrooms.person(Role.EDITOR);
        Planted team = plant(admin, worker, Visibility.CASE_TEAM);
        Planted network = plant(admin, worker, Visibility.NETWORK);
        List<String> everything = new ArrayList<>(team.values());
        everything.addAll(network.values());

        // What the team does with the values: pages in every language, the dossier, a refused write.
        for (String language : LANGUAGES) {
            assertThat(mvc.get()
                            .uri("/admin/cases/" + team.file().id())
                            .header("Accept-Language", language)
                            .with(as(worker)))
                    .hasStatusOk()
                    .bodyText()
                    .contains(team.values().getFirst());
        }
        assertThat(pdfText(mvc.get()
                        .uri("/admin/cases/" + team.file().id() + "/dossier.pdf")
                        .with(as(worker))
                        .exchange()))
                .contains(team.values().getFirst());
        assertThat(
                        mvc.post()
                                .uri("/admin/cases/" + team.file().id() + "/events")
                                .with(as(worker))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("kind", "HEARING")
                                .param("date", LocalDate.now().plusYears(2).toString())
                                .param("country", "PE")
                                .param("description", team.values().getFirst()))
                .hasStatus(400);

        // An article makes the search index exist on disk, and proves the search finds what is published.
        String word = "controlword"
                + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 6);
        Actor editor = newsrooms.person(Role.EDITOR);
        newsrooms.published(editor, "en", Newsrooms.content("Dockers strike " + word));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(body("/api/v1/search?q=" + word)).contains(word));

        List<String> publicPlaces = new ArrayList<>(List.of(
                "/sitemap.xml",
                "/api/v1/cases",
                "/api/v1/cases?country=PE",
                "/api/v1/cases/" + team.file().slug(),
                "/api/v1/cases/" + network.file().slug()));
        for (String language : LANGUAGES) {
            publicPlaces.addAll(List.of(
                    "/" + language + "/cases",
                    "/" + language + "/cases?country=PE",
                    "/" + language + "/cases/" + team.file().slug(),
                    "/" + language + "/cases/" + network.file().slug(),
                    "/" + language + "/feed.rss",
                    "/" + language + "/feed.atom",
                    "/" + language + "/countries/PE/feed.rss",
                    "/" + language + "/countries/PE/feed.atom",
                    "/" + language + "/editions/1/feed.rss",
                    "/" + language + "/"));
        }
        String shown = String.join("\n", publicPlaces.stream().map(this::body).toList());
        assertThat(shown)
                .as("the public case pages are there, with their public summary")
                .contains(team.control())
                .contains(network.control());
        for (String value : everything) {
            assertThat(shown).doesNotContain(value);
            // The search page repeats the query: it must answer exactly as for a word never written anywhere.
            String nowhere = "nowhere" + UUID.randomUUID().toString().replace("-", "");
            for (String search : List.of("/en/search?q=", "/es/search?q=", "/ar/search?q=", "/api/v1/search?q=")) {
                assertThat(body(search + value).replace(value, "QUERY"))
                        .as("%s%s", search, value)
                        .isEqualTo(body(search + nowhere).replace(nowhere, "QUERY"));
            }
            assertThat(body("/api/v1/search?q=" + value)).contains("\"total\":0");
        }

        Path index = platform.dataDir().resolve("index");
        assertThat(index).isDirectory();
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String value : everything) {
                    assertThat(bytes)
                            .as("index file %s", file)
                            .doesNotContain(
                                    new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                }
            }
        }

        String outsidersDossier = pdfText(mvc.get()
                .uri("/admin/cases/" + network.file().id() + "/dossier.pdf")
                .with(as(outsider))
                .exchange());
        assertThat(outsidersDossier)
                .as("network values are for signed-in accounts")
                .contains(network.values().getFirst());
        String outsidersTeamDossier = pdfText(mvc.get()
                .uri("/admin/cases/" + team.file().id() + "/dossier.pdf")
                .with(as(outsider))
                .exchange());
        assertThat(outsidersTeamDossier).contains(team.control());
        for (String value : team.values()) {
            assertThat(outsidersTeamDossier).doesNotContain(value);
            assertThat(outsidersDossier).doesNotContain(value);
        }

        assertThat(output.getAll())
                .as("the log is captured")
                .contains("Rendered the dossier of " + team.file().slug());
        for (String value : everything) {
            assertThat(output.getAll()).doesNotContain(value);
        }
    }

    /**
     * A case with a unique value in every text field (numbers — birth year, age — cannot be unique), all of them
     * with {@code visibility}; its English summary is public with the victim's consent, so the case is published.
     */
    private Planted plant(Actor admin, Actor worker, Visibility visibility) {
        String control = Newsrooms.unique("Public control summary");
        CaseSummary file = cases.open(admin, "PE", "DETAINED", "en", control);
        cases.addTeamMember(admin, file.id(), worker.email());
        UUID id = file.id();
        cases.setVisibility(worker, id, "CASE", id, "summary", "en", "PUBLIC");
        List<String> values = new ArrayList<>();
        UUID person = cases.addPerson(
                worker,
                id,
                "VICTIM",
                null,
                planted(values, "name"),
                "1961",
                planted(values, "occupation"),
                planted(values, "organisation"),
                "44");
        cases.recordConsent(
                worker,
                id,
                person,
                "STORY",
                "PERSON",
                LocalDate.now().minusDays(2).toString());
        UUID event = cases.addEvent(
                worker, id, "ARREST", "2025-05-01", "PE", planted(values, "city"), planted(values, "description"));
        UUID institution = cases.addInstitution(worker, id, "POLICE_UNIT", planted(values, "institution"));
        UUID source = cases.addSource(
                worker, id, "https://example.org/" + planted(values, "link"), planted(values, "sourcedescription"));
        for (String field : List.of("charges", "court", "caseNumber", "lawyer")) {
            cases.setField(worker, id, "CASE", id, field, null, planted(values, field));
        }
        cases.setField(worker, id, "CASE", id, "summary", "es", planted(values, "resumen"));
        cases.setField(worker, id, "CASE", id, "summary", "ar", planted(values, "ملخص"));
        UUID role = cases.view(worker, id).persons().getFirst().roleId();
        if (visibility != Visibility.CASE_TEAM) {
            String v = visibility.name();
            for (String field : List.of("name", "birthYear", "occupation", "organisation")) {
                cases.setVisibility(worker, id, "PERSON", person, field, null, v);
            }
            cases.setVisibility(worker, id, "ROLE", role, "ageAtEvent", null, v);
            cases.setVisibility(worker, id, "EVENT", event, "city", null, v);
            cases.setVisibility(worker, id, "EVENT", event, "description", null, v);
            cases.setVisibility(worker, id, "INSTITUTION", institution, "name", null, v);
            cases.setVisibility(worker, id, "SOURCE", source, "link", null, v);
            cases.setVisibility(worker, id, "SOURCE", source, "description", null, v);
            for (String field : List.of("charges", "court", "caseNumber", "lawyer")) {
                cases.setVisibility(worker, id, "CASE", id, field, null, v);
            }
            cases.setVisibility(worker, id, "CASE", id, "summary", "es", v);
            cases.setVisibility(worker, id, "CASE", id, "summary", "ar", v);
        }
        return new Planted(file, control, values);
    }

    /** One word, so the search's analysers keep it whole. */
    private static String planted(List<String> values, String field) {
        String value = "planted" + field.replaceAll("[^\\p{L}]", "")
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        values.add(value);
        return value;
    }

    private String body(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(MvcTestResult result) throws IOException {
        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            // NFKC: FOP sets "ff", "fi"... as ligatures, which text extraction gives as one character.
            return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
        }
    }
}
