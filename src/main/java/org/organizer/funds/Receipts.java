package org.organizer.funds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.platform.PlatformProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receipts of disbursements, kept privately: the files live under the data directory
 * ({@code files/funds/receipts/<id>}, so backups carry them with the database), outside every public path;
 * the fund's treasurers attach them, its treasurers and the administrators read them. The type is sniffed
 * from the first bytes (PDF, JPEG, PNG, WebP); what the browser claims is ignored.
 */
@Service
public class Receipts {

    private final ReceiptRepository receipts;
    private final LedgerRepository ledger;
    private final FundRepository fundRows;
    private final Funds funds;
    private final People people;
    private final FundsProperties properties;
    private final Path directory;

    Receipts(
            ReceiptRepository receipts,
            LedgerRepository ledger,
            FundRepository fundRows,
            Funds funds,
            People people,
            FundsProperties properties,
            PlatformProperties platform) {
        this.receipts = receipts;
        this.ledger = ledger;
        this.fundRows = fundRows;
        this.funds = funds;
        this.people = people;
        this.properties = properties;
        this.directory = platform.filesDir().resolve("funds").resolve("receipts");
    }

    /** One file as it was uploaded: the name the browser gave (kept only as a label) and the bytes. */
    public record Upload(@Nullable String fileName, byte[] bytes) {}

    /** A receipt with its bytes, for download. */
    public record ReceiptFile(Receipt receipt, byte[] bytes) {}

    /**
     * Attaches files to a disbursement of the fund: all of them or, if one is refused, none.
     *
     * @throws InvalidReceipt for no file, an empty or too big file, or a type other than PDF/JPEG/PNG/WebP
     */
    @Transactional
    public List<Receipt> attach(Actor treasurer, FundId fund, EntryId entry, List<Upload> uploads) {
        if (!fundRows.lock(fund)) {
            throw new FundNotFound();
        }
        if (!fundRows.isTreasurer(fund, treasurer.id())) {
            throw FundAccessDenied.treasurersOnly();
        }
        LedgerEntry disbursement = ledger.entry(fund, entry).orElseThrow(EntryNotFound::new);
        if (disbursement.kind() != EntryKind.DISBURSEMENT) {
            throw new InvalidReceipt("funds.error.receipt.notDisbursement");
        }
        if (uploads.isEmpty()) {
            throw new InvalidReceipt("funds.error.receipt.empty");
        }
        long max = properties.receiptMaxSize().toBytes();
        Map<Upload, ReceiptType> types = new LinkedHashMap<>();
        for (Upload upload : uploads) {
            if (upload.bytes().length == 0) {
                throw new InvalidReceipt("funds.error.receipt.empty");
            }
            if (upload.bytes().length > max) {
                throw new InvalidReceipt(
                        "funds.error.receipt.tooBig",
                        properties.receiptMaxSize().toMegabytes());
            }
            types.put(
                    upload,
                    ReceiptType.sniff(upload.bytes())
                            .orElseThrow(() -> new InvalidReceipt("funds.error.receipt.type")));
        }
        List<Receipt> added = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    written.forEach(Receipts::deleteQuietly);
                }
            }
        });
        Person by = people.person(treasurer.id());
        for (Map.Entry<Upload, ReceiptType> e : types.entrySet()) {
            Upload upload = e.getKey();
            ReceiptType type = e.getValue();
            Receipt receipt = new Receipt(
                    ReceiptId.random(),
                    fund,
                    entry,
                    fileName(upload.fileName(), type),
                    type.contentType,
                    upload.bytes().length,
                    sha256(upload.bytes()),
                    by,
                    Funds.now());
            receipts.insert(receipt);
            written.add(write(receipt.id(), upload.bytes()));
            added.add(receipt);
        }
        return List.copyOf(added);
    }

    /** The fund's receipts, for its treasurers and the administrators. */
    public List<Receipt> of(Actor actor, FundId fund) {
        funds.fund(actor, fund);
        return receipts.ofFund(fund);
    }

    /**
     * A receipt's file, for the fund's treasurers and the administrators.
     *
     * @throws FundAccessDenied for anyone else
     * @throws ReceiptNotFound for an id that names no receipt of this fund
     */
    public ReceiptFile file(Actor actor, FundId fund, ReceiptId id) {
        funds.fund(actor, fund);
        Receipt receipt = receipts.receipt(fund, id).orElseThrow(ReceiptNotFound::new);
        try {
            return new ReceiptFile(receipt, Files.readAllBytes(path(id)));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ReceiptNotFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(ReceiptId id) {
        return directory.resolve(id.toString());
    }

    private Path write(ReceiptId id, byte[] bytes) {
        try {
            Files.createDirectories(directory);
            Path target = path(id);
            Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
            try {
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a receipt in " + directory, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // An orphan file is private and harmless; the next backup carries it, nothing shows it.
        }
    }

    /** The browser's name as a label only: its last path segment, printable, at most 200 characters. */
    static String fileName(@Nullable String given, ReceiptType type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "receipt." + type.extension : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
