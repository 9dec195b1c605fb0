package org.organizer.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.Newsrooms.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Receipts of disbursements: attached by treasurers, kept privately, read only by treasurers and admins. */
@PressTest
class FundReceiptTests {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 26, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    Accounts accounts;

    @Autowired
    Funds funds;

    @Autowired
    Ledger ledger;

    @Autowired
    Receipts receipts;

    @Autowired
    PlatformProperties platform;

    Actor admin;
    Actor treasurer;
    Actor secondTreasurer;
    Fund fund;
    LedgerEntry disbursement;

    @BeforeEach
    void aFundWithADisbursement() {
        newsrooms.ensurePublication();
        admin = newsrooms.person(Role.ADMINISTRATOR);
        treasurer = account("Receipt Keeper " + token(), Role.CORRESPONDENT);
        secondTreasurer = account("Receipt Checker " + token(), Role.CORRESPONDENT);
        fund = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Receipt fund"), ""),
                        "EUR",
                        "",
                        "2020-01-01",
                        "",
                        "",
                        "",
                        ""));
        funds.assignTreasurer(admin, fund.id(), treasurer.email());
        funds.assignTreasurer(admin, fund.id(), secondTreasurer.email());
        disbursement = ledger.recordDisbursement(
                treasurer,
                fund.id(),
                new Disbursement(Money.of("80", "EUR"), LocalDate.of(2024, 3, 1), "Bus to the picket", "Drivers"));
    }

    @Test
    void aTreasurerAttachesReceiptsInEveryAcceptedFormatAndTheyAreListedOnTheFundsPage() throws Exception {
        assertThat(upload(
                        treasurer,
                        file("ticket.pdf", "application/octet-stream", PDF),
                        file("photo.png", "image/png", PNG),
                        file("scan.jpg", "image/jpeg", JPEG),
                        file("snap.webp", "text/plain", WEBP)))
                .hasStatus3xxRedirection();

        List<Receipt> kept = receipts.of(admin, fund.id());
        assertThat(kept)
                .extracting(Receipt::fileName, Receipt::contentType)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ticket.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("photo.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("scan.jpg", "image/jpeg"),
                        org.assertj.core.groups.Tuple.tuple("snap.webp", "image/webp"));
        assertThat(kept).allSatisfy(r -> assertThat(r.entry()).isEqualTo(disbursement.id()));
        assertThat(mvc.get().uri("/admin/funds/" + fund.id()).with(as(treasurer)))
                .hasStatusOk()
                .bodyText()
                .contains("ticket.pdf")
                .contains("/admin/funds/" + fund.id() + "/receipts/"
                        + kept.getFirst().id());
        // Kept under the data directory, by id, never under the browser's name.
        for (Receipt receipt : kept) {
            Path stored = receiptsDirectory().resolve(receipt.id().toString());
            assertThat(stored).exists().isRegularFile();
            assertThat(stored.toAbsolutePath()
                            .normalize()
                            .startsWith(platform.filesDir().toAbsolutePath().normalize()))
                    .isTrue();
        }
    }

    @Test
    void treasurersAndAdministratorsDownloadAReceiptAsAnAttachmentAndNobodyElse() throws Exception {
        assertThat(upload(treasurer, file("../../evil\".pdf", "text/html", PDF)))
                .hasStatus3xxRedirection();
        Receipt receipt = receipts.of(admin, fund.id()).getFirst();
        assertThat(receipt.fileName()).isEqualTo("evil.pdf");
        String address = "/admin/funds/" + fund.id() + "/receipts/" + receipt.id();

        for (Actor allowed : List.of(treasurer, secondTreasurer, admin)) {
            MvcTestResult download = mvc.get().uri(address).with(as(allowed)).exchange();
            assertThat(download)
                    .hasStatusOk()
                    .hasHeader("X-Content-Type-Options", "nosniff")
                    .hasContentType("application/pdf");
            assertThat(download.getResponse().getHeader("Content-Disposition"))
                    .startsWith("attachment")
                    .contains("evil.pdf");
            assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
            assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        }

        Actor editor = newsrooms.person(Role.EDITOR);
        Actor otherTreasurer = account("Other Keeper " + token(), Role.CORRESPONDENT);
        Fund other = funds.open(
                admin,
                NewFund.typed(
                        FundText.of("en", Newsrooms.unique("Other fund"), ""),
                        "EUR",
                        "",
                        "2020-01-01",
                        "",
                        "",
                        "",
                        ""));
        funds.assignTreasurer(admin, other.id(), otherTreasurer.email());
        assertThat(mvc.get().uri(address).with(as(editor))).hasStatus(403);
        assertThat(mvc.get().uri(address).with(as(otherTreasurer))).hasStatus(403);
        // Asking through one's own fund for another fund's receipt finds nothing.
        assertThat(mvc.get()
                        .uri("/admin/funds/" + other.id() + "/receipts/" + receipt.id())
                        .with(as(otherTreasurer)))
                .hasStatus(404);
        assertThat(mvc.get().uri(address)).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/admin/funds/" + fund.id() + "/receipts/" + UUID.randomUUID())
                        .with(as(treasurer)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/admin/funds/" + fund.id() + "/receipts/not-an-id")
                        .with(as(treasurer)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/admin/funds/" + UUID.randomUUID() + "/receipts/" + receipt.id())
                        .with(as(admin)))
                .hasStatus(404);
    }

    @Test
    void onlyTheFundsTreasurersAttachReceipts() throws Exception {
        assertThat(upload(admin, file("ticket.pdf", "application/pdf", PDF))).hasStatus(403);
        assertThat(upload(newsrooms.person(Role.EDITOR), file("ticket.pdf", "application/pdf", PDF)))
                .hasStatus(403);
        assertThat(receipts.of(admin, fund.id())).isEmpty();
    }

    @Test
    void anEmptyTooBigOrWrongFileIsRefusedWithATranslatedMessageAndNothingIsKept() throws Exception {
        long filesBefore = storedFiles();
        byte[] tooBig = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        List<Object[]> cases = List.of(
                new Object[] {file("empty.pdf", "application/pdf", new byte[0]), "an empty file cannot be kept"},
                new Object[] {file("huge.pdf", "application/pdf", tooBig), "larger than 10 MB"},
                new Object[] {file("page.pdf", "application/pdf", html), "must be a PDF, JPEG, PNG or WebP"});
        for (Object[] c : cases) {
            MockMultipartFile bad = (MockMultipartFile) c[0];
            // A good file in the same upload is not kept either: all or none.
            assertThat(upload(treasurer, file("good.pdf", "application/pdf", PDF), bad))
                    .hasStatus(400)
                    .bodyText()
                    .contains((String) c[1]);
        }
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/" + fund.id() + "/entries/" + disbursement.id() + "/receipts")
                        .file(file("page.pdf", "application/pdf", html))
                        .with(as(treasurer))
                        .with(csrf())
                        .header("Accept-Language", "es"))
                .hasStatus(400)
                .bodyText()
                .contains("Un comprobante debe ser un archivo PDF, JPEG, PNG o WebP");
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/" + fund.id() + "/entries/" + disbursement.id() + "/receipts")
                        .with(as(treasurer))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("an empty file cannot be kept");
        LedgerEntry contribution = ledger.recordContribution(
                treasurer,
                fund.id(),
                new Contribution(Money.of("5", "EUR"), LocalDate.of(2024, 3, 1), PaymentMethod.CASH, null, null));
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/funds/" + fund.id() + "/entries/" + contribution.id() + "/receipts")
                        .file(file("ticket.pdf", "application/pdf", PDF))
                        .with(as(treasurer))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("attached to disbursements only");
        assertThat(receipts.of(admin, fund.id())).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(ledger.entries(admin, fund.id())).hasSize(2);
    }

    private MvcTestResult upload(Actor actor, MockMultipartFile... files) {
        var request =
                mvc.post().multipart().uri("/admin/funds/" + fund.id() + "/entries/" + disbursement.id() + "/receipts");
        for (MockMultipartFile f : files) {
            request = request.file(f);
        }
        return request.with(as(actor)).with(csrf()).exchange();
    }

    private static MockMultipartFile file(String name, String contentType, byte[] bytes) {
        return new MockMultipartFile("file", name, contentType, bytes);
    }

    private Path receiptsDirectory() {
        return platform.filesDir().resolve("funds").resolve("receipts");
    }

    private long storedFiles() {
        if (!Files.isDirectory(receiptsDirectory())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(receiptsDirectory())) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Actor account(String name, Role role) {
        return accounts.create(name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.org", name, role, null);
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
