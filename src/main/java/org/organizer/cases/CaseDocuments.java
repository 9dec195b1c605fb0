package org.organizer.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to sources: PDFs and images a case team keeps with a source, like the photos of persons
 * kept sealed in the cases' own table, never in the media library, and served only by the case pages after
 * their checks, as attachments. A new document is a case-team document; signed-in accounts see network
 * documents, the public sees public documents of a public case. A read of a case-team document is logged.
 */
@Service
public class CaseDocuments {

    /** A document's content, opened for one viewer. */
    public record Download(String name, String contentType, byte[] bytes) {}

    private final CaseRepository cases;
    private final CaseDocumentRepository documents;
    private final FieldCipher cipher;
    private final Cases all;
    private final CaseDocumentsProperties properties;
    private final ApplicationEventPublisher events;
    private final long serverMaxMegabytes;
    private final Clock clock = Clock.systemUTC();

    CaseDocuments(
            CaseRepository cases,
            CaseDocumentRepository documents,
            FieldCipher cipher,
            Cases all,
            CaseDocumentsProperties properties,
            ApplicationEventPublisher events,
            ObjectProvider<MultipartProperties> multipart) {
        MultipartProperties server = multipart.getIfAvailable();
        DataSize serverMax = server == null ? null : server.getMaxFileSize();
        this.serverMaxMegabytes = Math.max(1, serverMax == null ? 1 : serverMax.toMegabytes());
        this.cases = cases;
        this.documents = documents;
        this.cipher = cipher;
        this.all = all;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Attaches a document to a source of the case, or, without a source, to a new source with the description.
     * The type is read from the first bytes; the name the browser sent is only kept, cleaned, for downloads.
     */
    @Transactional
    public UUID attach(
            Actor actor,
            UUID caseId,
            @Nullable UUID source,
            @Nullable String description,
            @Nullable String fileName,
            byte[] data) {
        requireTeam(actor, caseId);
        if (source != null && !cases.ownedByCase(caseId, OwnerKind.SOURCE, source)) {
            throw new InvalidCaseInput("cases.error.source.unknown");
        }
        String type = checked(data);
        if (!cipher.configured()) {
            throw new EncryptionNotConfigured();
        }
        UUID sourceId = source != null ? source : all.addDocumentSource(actor, caseId, description);
        UUID id = UUID.randomUUID();
        documents.insert(
                new CaseDocumentRepository.Row(
                        id,
                        sourceId,
                        caseId,
                        Visibility.CASE_TEAM,
                        type,
                        data.length,
                        cipher.seal(fileName(fileName, type), namePlace(id))),
                cipher.sealBytes(data, place(id)),
                actor.id().value(),
                now());
        events.publishEvent(new CaseChanged(caseId));
        return id;
    }

    @Transactional
    public void setVisibility(Actor actor, UUID caseId, UUID document, String visibility) {
        ofCase(actor, caseId, document);
        documents.setVisibility(document, Visibility.parse(visibility));
        events.publishEvent(new CaseChanged(caseId));
    }

    @Transactional
    public void remove(Actor actor, UUID caseId, UUID document) {
        ofCase(actor, caseId, document);
        documents.delete(document);
        events.publishEvent(new CaseChanged(caseId));
    }

    /**
     * The documents of the case a signed-in viewer may see: all for its team, network and public ones for
     * other accounts. Only names, types and sizes: listing a case-team document opens no content.
     */
    @Transactional(readOnly = true)
    public List<CaseDocument> forCase(Actor viewer, UUID caseId) {
        cases.byId(caseId).orElseThrow(CaseNotFound::new);
        boolean member = cases.isMember(caseId, viewer.id().value());
        return documents.ofCase(caseId).stream()
                .filter(d -> member || d.visibility() != Visibility.CASE_TEAM)
                .map(this::named)
                .toList();
    }

    /**
     * A document for a signed-in viewer: the case team any, other accounts network and public ones; anything
     * else does not exist. A read of a case-team document is written to the access log.
     */
    @Transactional
    public Download download(Actor viewer, UUID caseId, UUID document) {
        cases.byId(caseId).orElseThrow(CaseNotFound::new);
        boolean member = cases.isMember(caseId, viewer.id().value());
        CaseDocumentRepository.Row row = documents
                .inCase(caseId, document)
                .filter(d -> member || d.visibility() != Visibility.CASE_TEAM)
                .orElseThrow(CaseNotFound::new);
        if (row.visibility() == Visibility.CASE_TEAM) {
            cases.logAccess(caseId, viewer.id().value(), now(), "SOURCE.document");
        }
        return open(row);
    }

    /** The public documents of a public case; nothing of a case that is not public. */
    @Transactional(readOnly = true)
    public List<CaseDocument> publicDocuments(String slug) {
        UUID caseId = cases.bySlug(slug).orElseThrow(CaseNotFound::new).id();
        all.publicCase(slug);
        return documents.ofCase(caseId).stream()
                .filter(d -> d.visibility() == Visibility.PUBLIC)
                .map(this::named)
                .toList();
    }

    /** A public document of a public case, for anyone; anything else does not exist. */
    @Transactional(readOnly = true)
    public Download publicDownload(String slug, UUID document) {
        UUID caseId = cases.bySlug(slug).orElseThrow(CaseNotFound::new).id();
        all.publicCase(slug);
        return open(documents
                .inCase(caseId, document)
                .filter(d -> d.visibility() == Visibility.PUBLIC)
                .orElseThrow(CaseNotFound::new));
    }

    /** The largest upload the server parses at all (spring.servlet.multipart.max-file-size), in MB. */
    long serverMaxMegabytes() {
        return serverMaxMegabytes;
    }

    static String place(UUID document) {
        return "DOCUMENT/" + document;
    }

    static String namePlace(UUID document) {
        return "DOCUMENT/" + document + "/name";
    }

    /** The type of a document Organizer keeps, read from its first bytes. */
    static @Nullable String sniff(byte[] data) {
        if (startsWith(data, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(data, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        if (data.length >= 12
                && startsWith(data, new byte[] {'R', 'I', 'F', 'F'})
                && Arrays.equals(data, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4)) {
            return "image/webp";
        }
        return null;
    }

    /** A file name safe in a header and on any disk: letters, digits, dot, dash, underscore and spaces. */
    static String fileName(@Nullable String given, String type) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1)
                .replaceAll("[^\\p{L}\\p{N}._ -]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[. ]+", "")
                .strip();
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isEmpty() ? "document." + extension(type) : name;
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "webp";
        };
    }

    private String checked(byte[] data) {
        if (data.length == 0) {
            throw new InvalidCaseInput("cases.error.document.empty");
        }
        if (data.length > properties.maxSize().toBytes()) {
            throw new InvalidCaseInput("cases.error.document.tooLarge", properties.maxMegabytes());
        }
        String type = sniff(data);
        if (type == null) {
            throw new InvalidCaseInput("cases.error.document.type");
        }
        return type;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private CaseDocument named(CaseDocumentRepository.Row row) {
        return new CaseDocument(
                row.id(),
                row.sourceId(),
                row.visibility(),
                row.contentType(),
                row.size(),
                cipher.open(row.sealedName(), namePlace(row.id())));
    }

    private Download open(CaseDocumentRepository.Row row) {
        return new Download(
                cipher.open(row.sealedName(), namePlace(row.id())),
                row.contentType(),
                cipher.openBytes(documents.sealedContent(row.id()), place(row.id())));
    }

    private void ofCase(Actor actor, UUID caseId, UUID document) {
        requireTeam(actor, caseId);
        documents.inCase(caseId, document).orElseThrow(() -> new InvalidCaseInput("cases.error.document.unknown"));
    }

    private void requireTeam(Actor actor, UUID caseId) {
        cases.byId(caseId).orElseThrow(CaseNotFound::new);
        if (!cases.isMember(caseId, actor.id().value())) {
            throw CaseAccessDenied.teamOnly();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
