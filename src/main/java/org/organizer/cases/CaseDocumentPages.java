package org.organizer.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.web.SiteInfo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Source documents: the team attaches them to sources and says who may see them; the case pages hand them out
 * as attachments after the same checks as the case's values, the public page only public ones of a public case.
 */
@Controller
class CaseDocumentPages {

    private final CaseDocuments documents;
    private final CasePages pages;
    private final SiteInfo site;

    CaseDocumentPages(CaseDocuments documents, CasePages pages, SiteInfo site) {
        this.documents = documents;
        this.pages = pages;
        this.site = site;
    }

    @PostMapping("/admin/cases/{id}/documents")
    String attach(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Actor actor = pages.actor(auth);
        UUID caseId = CasePages.id(id);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        return pages.write(
                model,
                actor,
                caseId,
                response,
                () -> documents.attach(
                        actor,
                        caseId,
                        source(source),
                        description,
                        file == null ? null : file.getOriginalFilename(),
                        content));
    }

    @PostMapping("/admin/cases/{id}/documents/{document}/visibility")
    String visibility(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String document,
            @RequestParam(required = false) @Nullable String visibility,
            Model model,
            HttpServletResponse response) {
        Actor actor = pages.actor(auth);
        UUID caseId = CasePages.id(id);
        return pages.write(
                model,
                actor,
                caseId,
                response,
                () -> documents.setVisibility(
                        actor, caseId, CasePages.id(document), visibility == null ? "" : visibility));
    }

    @PostMapping("/admin/cases/{id}/documents/{document}/remove")
    String remove(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String document,
            Model model,
            HttpServletResponse response) {
        Actor actor = pages.actor(auth);
        UUID caseId = CasePages.id(id);
        return pages.write(
                model, actor, caseId, response, () -> documents.remove(actor, caseId, CasePages.id(document)));
    }

    @GetMapping("/admin/cases/{id}/documents/{document}")
    ResponseEntity<byte[]> download(Authentication auth, @PathVariable String id, @PathVariable String document) {
        return attachment(
                documents.download(pages.actor(auth), CasePages.id(id), CasePages.id(document)), "private, no-store");
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/{slug}/documents/{document}")
    ResponseEntity<byte[]> publicDownload(
            @PathVariable String lang, @PathVariable String slug, @PathVariable String document) {
        if (!site.publishesIn(lang)) {
            throw new CaseNotFound();
        }
        return attachment(documents.publicDownload(slug, CasePages.id(document)), "public, max-age=60");
    }

    private static ResponseEntity<byte[]> attachment(CaseDocuments.Download download, String cacheControl) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .body(download.bytes());
    }

    private static @Nullable UUID source(@Nullable String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        return CaseIds.parse(source, () -> new InvalidCaseInput("cases.error.source.unknown"));
    }
}
