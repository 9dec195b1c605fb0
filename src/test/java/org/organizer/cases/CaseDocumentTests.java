package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Part;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@PressTest
class CaseDocumentTests {

    static final String PLANTED_CONTENT = "PLANTED-DOCUMENT-CONTENT-court-ruling-7731";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Cases cases;

    @Autowired
    CaseDocuments documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    Actor admin;
    Actor worker;
    CaseSummary file;
    UUID source;
    String plantedName;

    @BeforeEach
    void aCaseWithASource() {
        admin = newsrooms.person(Role.ADMINISTRATOR);
        worker = newsrooms.person(Role.CORRESPONDENT);
        file = cases.open(admin, "PE", "DETAINED", "en", Newsrooms.unique("Document case summary"));
        cases.addTeamMember(admin, file.id(), worker.email());
        cases.removeTeamMember(admin, file.id(), admin.id().value());
        source = cases.addSource(worker, file.id(), "https://example.org/ruling", "Fictional ruling");
        plantedName = "PLANTED-NAME-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
    }

    @Test
    void anAttachedDocumentIsSealedAtRestAndDownloadedByTheCaseTeamAsALoggedAttachment() {
        UUID document = attach(source.toString(), null, plantedName, pdf());

        Map<String, Object> stored = jdbc.sql(
                        "SELECT sealed, sealed_name, content_type FROM case_source_document " + "WHERE id = ?")
                .param(document)
                .query()
                .singleRow();
        assertThat((String) stored.get("sealed")).startsWith("v1:test-2026:").doesNotContain(PLANTED_CONTENT);
        assertThat(new String(
                        Base64.getDecoder().decode(((String) stored.get("sealed")).split(":", 3)[2]),
                        StandardCharsets.ISO_8859_1))
                .as("the raw bytes are not in the column")
                .doesNotContain(PLANTED_CONTENT)
                .doesNotContain(Base64.getEncoder().encodeToString(pdf()));
        assertThat((String) stored.get("sealed_name")).startsWith("v1:").doesNotContain("PLANTED-NAME");
        assertThat(stored.get("content_type")).isEqualTo("application/pdf");

        MvcTestResult download = mvc.get().uri(admin(document)).with(as(worker)).exchange();
        assertThat(download)
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader("Cache-Control", "private, no-store")
                .hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains(plantedName);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf());
        assertThat(jdbc.sql("SELECT count(*) FROM case_access_log WHERE case_id = ? AND fields = 'SOURCE.document'")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(mvc.get().uri("/admin/cases/" + file.id()).with(as(worker)))
                .bodyText()
                .contains(admin(document))
                .contains(plantedName);
    }

    @Test
    void aDocumentIsSeenByOtherAccountsOnlyWhenNetworkAndByThePublicOnlyWhenPublicOnAPublicCase() {
        UUID document = attach("", "Fictional leaked memo", plantedName, pdf());
        Actor editor = newsrooms.person(Role.EDITOR);

        assertThat(mvc.get().uri(admin(document))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(admin(document)).with(as(editor))).hasStatus(404);
        assertThat(mvc.get().uri(admin(document)).with(as(admin)))
                .as("administrators outside the team do not see case-team documents")
                .hasStatus(404);
        assertThat(mvc.get().uri(publicUri(document))).hasStatus(404);

        assertThat(post(visibility(document), "visibility", "NETWORK")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(admin(document)).with(as(editor)))
                .hasStatusOk()
                .hasHeader("Cache-Control", "private, no-store");
        assertThat(mvc.get().uri(publicUri(document))).hasStatus(404);

        assertThat(post(visibility(document), "visibility", "PUBLIC")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(publicUri(document)))
                .as("the case itself is not public yet")
                .hasStatus(404);

        cases.setField(worker, file.id(), "CASE", file.id(), "court", null, "Fictional public court");
        cases.setVisibility(worker, file.id(), "CASE", file.id(), "court", null, "PUBLIC");
        MvcTestResult download = mvc.get().uri(publicUri(document)).exchange();
        assertThat(download)
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader("X-Content-Type-Options", "nosniff");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(mvc.get().uri("/en/cases/" + file.slug()))
                .hasStatusOk()
                .bodyText()
                .contains(publicUri(document))
                .contains(plantedName);

        assertThat(post("/admin/cases/" + file.id() + "/documents/" + document + "/remove"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(publicUri(document))).hasStatus(404);
        assertThat(mvc.get().uri("/en/cases/" + file.slug()))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(plantedName);
    }

    @Test
    void aPlantedDocumentNameAndContentNeverReachThePublicPagesWhileNotPublic() {
        cases.setField(worker, file.id(), "CASE", file.id(), "court", null, "Fictional public court");
        cases.setVisibility(worker, file.id(), "CASE", file.id(), "court", null, "PUBLIC");
        UUID team = attach(source.toString(), null, plantedName, pdf());
        UUID network = attach(source.toString(), null, "NETWORK-" + plantedName, pdf());
        assertThat(post(visibility(network), "visibility", "NETWORK")).hasStatus3xxRedirection();

        for (String uri : new String[] {
            "/en/cases/" + file.slug(), "/es/cases/" + file.slug(), "/ar/cases/" + file.slug(), "/en/cases"
        }) {
            assertThat(mvc.get().uri(uri))
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("PLANTED-NAME")
                    .doesNotContain(PLANTED_CONTENT)
                    .doesNotContain(team.toString())
                    .doesNotContain(network.toString());
        }
        assertThat(mvc.get().uri(publicUri(team))).hasStatus(404);
        assertThat(mvc.get().uri(publicUri(network))).hasStatus(404);
    }

    @Test
    void anOversizedEmptyOrForeignFileIsRefusedWithATranslatedMessageAndNothingIsStored() {
        byte[] big = new byte[17 * 1024 * 1024];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertThat(upload(source.toString(), null, "big.pdf", big))
                .hasStatus(400)
                .bodyText()
                .contains("The document is larger than 16 MB.");
        assertThat(upload(source.toString(), null, "notes.pdf", "just some text".getBytes()))
                .hasStatus(400)
                .bodyText()
                .contains("This document is not a PDF, JPEG, PNG or WebP file.");
        assertThat(upload("", "Fictional empty source", "empty.pdf", new byte[0]))
                .hasStatus(400)
                .bodyText()
                .contains("Choose a document to attach.");
        assertThat(upload(UUID.randomUUID().toString(), null, "r.pdf", pdf()))
                .hasStatus(400)
                .bodyText()
                .contains("This source does not belong to this case.");
        assertThat(mvc.post()
                        .uri("/admin/cases/" + UUID.randomUUID() + "/documents")
                        .with(as(worker))
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf())))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/documents")
                        .with(as(newsrooms.person(Role.EDITOR)))
                        .with(csrf())
                        .multipart()
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf())))
                .hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM case_source_document d JOIN case_source s ON s.id = d.source_id "
                                + "WHERE s.case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM case_source WHERE case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .as("no new source either")
                .isEqualTo(1);
    }

    @Test
    void anUploadOverTheServersLimitSendsTheWorkerBackToTheCaseWithTheLimitNotAnError() {
        MvcTestResult refused = mvc.post()
                .uri("/admin/cases/" + file.id() + "/documents")
                .with(as(worker))
                .with(overTheServerLimit())
                .exchange();
        assertThat(refused)
                .hasStatus(303)
                .redirectedUrl()
                .isEqualTo("/admin/cases/" + file.id() + "?refused=uploadTooLarge");
        assertThat(mvc.get()
                        .uri("/admin/cases/" + file.id() + "?refused=uploadTooLarge")
                        .with(as(worker)))
                .hasStatusOk()
                .bodyText()
                .contains("The upload is larger than the server accepts (20 MB). Nothing was stored.");
        assertThat(jdbc.sql("SELECT count(*) FROM case_source WHERE case_id = ?")
                        .param(file.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        UUID person = cases.addPerson(worker, file.id(), "VICTIM", null, "Fictional Person", null, null, null, null);
        assertThat(mvc.post()
                        .uri("/admin/cases/" + file.id() + "/persons/" + person + "/photos")
                        .with(as(worker))
                        .with(overTheServerLimit()))
                .as("photos of persons too")
                .hasStatus(303)
                .redirectedUrl()
                .isEqualTo("/admin/cases/" + file.id() + "?refused=uploadTooLarge");
    }

    @Test
    void theTypeIsReadFromTheFirstBytesAndTheFileNameIsCleaned() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        byte[] webp = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 0};
        assertThat(CaseDocuments.sniff(png)).isEqualTo("image/png");
        assertThat(CaseDocuments.sniff(webp)).isEqualTo("image/webp");
        assertThat(CaseDocuments.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("image/jpeg");
        assertThat(CaseDocuments.sniff("<html>".getBytes())).isNull();
        assertThat(CaseDocuments.fileName("../../etc/\"evil\"\r\nname.pdf", "application/pdf"))
                .isEqualTo("_evil___name.pdf");
        assertThat(CaseDocuments.fileName("  ", "image/png")).isEqualTo("document.png");
        assertThat(CaseDocuments.fileName("informe de la corte.pdf", "application/pdf"))
                .isEqualTo("informe de la corte.pdf");
    }

    @Test
    void rekeyingSealsDocumentsAndTheirNamesWithTheNewKey() {
        UUID document = documents.attach(worker, file.id(), source, null, plantedName, pdf());
        String oldId = "test-2026";
        String oldKey = CaseRekeyTests.OLD_KEY;
        FieldCipher both =
                cipher(Map.of(oldId, oldKey, CaseRekeyTests.NEW, CaseRekeyTests.NEW_KEY), CaseRekeyTests.NEW);
        FieldCipher onlyNew = cipher(Map.of(CaseRekeyTests.NEW, CaseRekeyTests.NEW_KEY), CaseRekeyTests.NEW);
        try {
            CaseRekey.Counts counts = new CaseRekey(jdbc, both, transactions).rekey(2, n -> {});
            assertThat(counts.documents()).isPositive();
            Map<String, Object> stored = jdbc.sql("SELECT sealed, sealed_name FROM case_source_document WHERE id = ?")
                    .param(document)
                    .query()
                    .singleRow();
            assertThat(onlyNew.openBytes((String) stored.get("sealed"), CaseDocuments.place(document)))
                    .isEqualTo(pdf());
            assertThat(onlyNew.open((String) stored.get("sealed_name"), CaseDocuments.namePlace(document)))
                    .isEqualTo(plantedName);
            assertThatThrownBy(() -> cipher(Map.of(oldId, oldKey), oldId)
                            .openBytes((String) stored.get("sealed"), CaseDocuments.place(document)))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            new CaseRekey(
                            jdbc,
                            cipher(Map.of(oldId, oldKey, CaseRekeyTests.NEW, CaseRekeyTests.NEW_KEY), oldId),
                            transactions)
                    .rekey(500, n -> {});
        }
        assertThat(documents.download(worker, file.id(), document).bytes()).isEqualTo(pdf());
    }

    private UUID attach(String sourceId, String description, String name, byte[] data) {
        assertThat(upload(sourceId, description, name, data)).hasStatus3xxRedirection();
        return jdbc.sql("""
                        SELECT d.id FROM case_source_document d JOIN case_source s ON s.id = d.source_id
                        WHERE s.case_id = ? ORDER BY d.uploaded_at DESC LIMIT 1""").param(file.id()).query(UUID.class).single();
    }

    private MvcTestResult upload(String sourceId, String description, String name, byte[] data) {
        var request = mvc.post()
                .uri("/admin/cases/" + file.id() + "/documents")
                .with(as(worker))
                .with(csrf())
                .multipart()
                .file(new MockMultipartFile("file", name, "text/plain", data))
                .param("source", sourceId);
        if (description != null) {
            request = request.param("description", description);
        }
        return request.exchange();
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(as(worker)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String admin(UUID document) {
        return "/admin/cases/" + file.id() + "/documents/" + document;
    }

    private String visibility(UUID document) {
        return admin(document) + "/visibility";
    }

    private String publicUri(UUID document) {
        return "/en/cases/" + file.slug() + "/documents/" + document;
    }

    /**
     * Jetty enforces spring.servlet.multipart.* while parsing the body; MockMvc does not parse, so the request
     * fails the way Jetty's does (an IllegalStateException "max file size exceeded" from getParts).
     */
    static RequestPostProcessor overTheServerLimit() {
        return request -> {
            MockHttpServletRequest tooLarge =
                    new MockHttpServletRequest(request.getServletContext(), "POST", request.getRequestURI()) {
                        @Override
                        public Collection<Part> getParts() {
                            throw new IllegalStateException("max file size exceeded: 20971520");
                        }
                    };
            tooLarge.setContentType("multipart/form-data; boundary=x");
            Collections.list(request.getAttributeNames())
                    .forEach(name -> tooLarge.setAttribute(name, request.getAttribute(name)));
            Collections.list(request.getHeaderNames())
                    .forEach(name -> tooLarge.addHeader(name, request.getHeader(name)));
            return tooLarge;
        };
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n% " + PLANTED_CONTENT + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static FieldCipher cipher(Map<String, String> keys, String active) {
        return new FieldCipher(new CasesProperties(new LinkedHashMap<>(keys), active));
    }
}
