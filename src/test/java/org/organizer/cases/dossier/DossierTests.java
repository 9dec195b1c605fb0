package org.organizer.cases.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.cases.CaseDocuments;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.Cases;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PressTest
class DossierTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseDocuments documents;

    Actor admin;
    Actor worker;
    Actor member;
    CaseSummary file;
    String lawyer;
    String court;
    String summary;
    String victim;

    @BeforeEach
    void aCaseWithACaseTeamLawyerANetworkCourtAndAPublicConsentedStory() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        member = newsrooms.person(Role.EDITOR);
        summary = Newsrooms.unique("Fictional dockers' strike leader held");
        file = cases.open(admin, "PE", "DETAINED", "en", summary);
        cases.addTeamMember(admin, file.id(), worker.email());
        cases.removeTeamMember(admin, file.id(), admin.id().value());
        lawyer = Newsrooms.unique("Lawyer Fictional Amparo");
        court = Newsrooms.unique("Fictional Second Criminal Court");
        victim = Newsrooms.unique("Fictional Ana Example");
        cases.setField(worker, file.id(), "CASE", file.id(), "lawyer", null, lawyer);
        cases.setField(worker, file.id(), "CASE", file.id(), "court", null, court);
        cases.setVisibility(worker, file.id(), "CASE", file.id(), "court", null, "NETWORK");
        cases.setVisibility(worker, file.id(), "CASE", file.id(), "summary", "en", "PUBLIC");
        UUID person = cases.addPerson(worker, file.id(), "VICTIM", null, victim, "1988", null, null, "36");
        cases.recordConsent(
                worker,
                file.id(),
                person,
                "STORY",
                "PERSON",
                LocalDate.now().minusDays(3).toString());
        cases.addEvent(worker, file.id(), "ARREST", "2025-03-02", "PE", "Fictional Town", "Taken at the gate");
    }

    @Test
    void theDossierNamesTheSourceDocumentsItsExporterMaySeeButNeverHoldsTheirContents() throws IOException {
        UUID source = cases.addSource(worker, file.id(), "https://example.org/ruling", null);
        byte[] pdf = "%PDF-1.4\n% SECRET-DOCUMENT-CONTENT\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String teamName = "team-only-ruling-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        String networkName = "network-ruling-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        documents.attach(worker, file.id(), source, null, teamName, pdf);
        UUID network = documents.attach(worker, file.id(), null, "Fictional leaked memo", networkName, pdf);
        documents.setVisibility(worker, file.id(), network, "NETWORK");

        assertThat(text(dossier(worker, "en")))
                .contains(teamName)
                .contains(networkName)
                .doesNotContain("SECRET-DOCUMENT-CONTENT");
        assertThat(text(dossier(member, "en")))
                .contains(networkName)
                .doesNotContain(teamName)
                .doesNotContain("SECRET-DOCUMENT-CONTENT");
    }

    @Test
    void theCaseTeamSeesTheLawyerANetworkMemberOnlyPublicAndNetworkValuesAndAnonymousVisitorsSignInFirst()
            throws IOException {
        String forTeam = text(dossier(worker, "en"));
        assertThat(forTeam)
                .contains("Dossier of case " + file.slug())
                .contains(lawyer)
                .contains(court)
                .contains(summary)
                .contains(victim)
                .contains("Taken at the gate")
                .contains("Case team only");

        String forMember = text(dossier(member, "en"));
        assertThat(forMember)
                .contains(court)
                .contains(summary)
                .doesNotContain(lawyer)
                .doesNotContain(victim)
                .doesNotContain("Taken at the gate")
                .doesNotContain("Fictional Town")
                .doesNotContain("2025-03-02");

        String forAdministrator = text(dossier(admin, "en"));
        assertThat(forAdministrator)
                .as("administrators outside the team: the structure, no case-team value")
                .contains(court)
                .contains("2025-03-02")
                .contains("Exported by an administrator outside the case team")
                .doesNotContain(lawyer)
                .doesNotContain(victim)
                .doesNotContain("Taken at the gate");

        assertThat(mvc.get().uri(address(file))).hasStatus3xxRedirection();
    }

    @Test
    void everyPageIsMarkedWithWhoExportedItAndWhenAndItsPageNumber() throws IOException {
        for (int i = 0; i < 45; i++) {
            cases.addEvent(
                    worker,
                    file.id(),
                    "HEARING",
                    LocalDate.of(2025, 4, 1).plusDays(i).toString(),
                    "PE",
                    "Fictional Town",
                    "Hearing number " + i + " postponed again; the defence asked for the file.");
        }
        MvcTestResult result = mvc.get().uri(address(file)).with(as(worker)).exchange();
        assertThat(result)
                .hasStatusOk()
                .hasContentType("application/pdf")
                .headers()
                .hasValue("Cache-Control", "no-store");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
            for (int page = 1; page <= pages; page++) {
                assertThat(compact(page(pdf, page)))
                        .as("the mark on page %d", page)
                        .contains(compact(
                                "Exported by " + worker.displayName() + " (" + worker.email() + ") on " + today))
                        .contains("UTC—page" + page + "of" + pages);
            }
        }
    }

    @Test
    void readingCaseTeamValuesForADossierIsInTheAccessLogAndOutsidersReadNone() {
        long before = logEntries(worker);
        dossier(worker, "en");
        assertThat(logEntries(worker)).isEqualTo(before + 1);
        long memberBefore = logEntries(member);
        dossier(member, "en");
        assertThat(logEntries(member)).isEqualTo(memberBefore);
    }

    @Test
    void anArabicRequestGetsArabicLabelsAndTheArabicSummaryShapedRightToLeft() throws IOException {
        String arabic = "اعتقل عامل الميناء في صفاقس";
        cases.setField(worker, file.id(), "CASE", file.id(), "summary", "ar", arabic);
        byte[] pdf = dossier(worker, "ar");
        String sample = System.getProperty("dossier.sampleAr");
        if (sample != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(sample), pdf);
        }
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFKC);
        assertThat(text).contains("ملف القضية").contains(arabic).contains("الملخص، العربية");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String footer = Normalizer.normalize(page(document, 1), Normalizer.Form.NFKC);
            assertThat(footer).contains("صدّره").contains("الصفحة 1 من 1");
        }
        assertThat(text(dossier(worker, "es"))).contains("Expediente del caso").contains("página 1 de");
    }

    @Test
    void aCaseWithNothingAnExporterMaySeeDoesNotExistForThemAndAnUnknownCaseIsA404() {
        CaseSummary hidden = cases.open(admin, "CO", "MISSING", "es", Newsrooms.unique("Resumen secreto"));
        assertThat(mvc.get().uri(address(hidden)).with(as(member))).hasStatus(404);
        assertThat(mvc.get().uri(address(hidden)).with(as(admin))).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/admin/cases/" + UUID.randomUUID() + "/dossier.pdf")
                        .with(as(worker)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/admin/cases/nothing/dossier.pdf").with(as(worker)))
                .hasStatus(404);
    }

    private byte[] dossier(Actor actor, String language) {
        MvcTestResult result = mvc.get()
                .uri(address(file))
                .header("Accept-Language", language)
                .with(as(actor))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        return result.getResponse().getContentAsByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // NFKC: FOP sets "ff", "fi"... as ligatures, which text extraction gives as one character.
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFKC);
    }

    private long logEntries(Actor reader) {
        return jdbc.sql("SELECT count(*) FROM case_access_log WHERE case_id = ? AND user_id = ?")
                .params(file.id(), reader.id().value())
                .query(Long.class)
                .single();
    }

    static String address(CaseSummary c) {
        return "/admin/cases/" + c.id() + "/dossier.pdf";
    }

    /** Without white space: the mark may wrap anywhere, inside the e-mail address too. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
