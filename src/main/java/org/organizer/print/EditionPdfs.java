package org.organizer.print;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.press.PrintableEdition;
import org.organizer.web.SiteInfo;
import org.organizer.web.UserFacingException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PDF of an edition: public for published editions (cacheable for an hour; the page cache keeps it and
 * drops it when the edition or its articles change), and for editors any edition, drafts included.
 */
@Controller
class EditionPdfs {

    private final PrintableEdition.Source editions;
    private final EditionPrinter printer;
    private final SiteInfo site;

    EditionPdfs(PrintableEdition.Source editions, EditionPrinter printer, SiteInfo site) {
        this.editions = editions;
        this.printer = printer;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/editions/{number:[0-9]{1,7}}.pdf")
    ResponseEntity<byte[]> published(
            @PathVariable String lang,
            @PathVariable int number,
            @RequestParam(required = false) @Nullable String size) {
        PageSize paper = paper(size);
        if (!site.publishesIn(lang)) {
            throw new NoPrintedEdition();
        }
        PrintableEdition edition = editions.published(lang, number).orElseThrow(NoPrintedEdition::new);
        return pdf(edition, paper, CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    @GetMapping("/admin/editions/{id}/edition.pdf")
    @PreAuthorize("hasRole('EDITOR')")
    ResponseEntity<byte[]> forEditor(
            Authentication auth, @PathVariable UUID id, @RequestParam(required = false) @Nullable String size) {
        PageSize paper = paper(size);
        return pdf(editions.forEditor(auth, id), paper, CacheControl.noStore());
    }

    private ResponseEntity<byte[]> pdf(PrintableEdition edition, PageSize paper, CacheControl cache) {
        byte[] pdf = printer.pdf(edition, paper);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(cache)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(filename(site.title(), edition, paper))
                                .build()
                                .toString())
                .body(pdf);
    }

    /** E.g. {@code the-test-courier-12-en.pdf}; {@code -a4} or {@code -a3} when not tabloid. */
    static String filename(String publication, PrintableEdition edition, PageSize paper) {
        String name = publication
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String prefix = name.isEmpty() ? "edition" : name;
        String suffix = paper == PageSize.TABLOID ? "" : "-" + paper.label();
        return prefix + "-" + edition.number() + "-" + edition.language() + suffix + ".pdf";
    }

    private static PageSize paper(@Nullable String size) {
        if (size == null || size.isEmpty()) {
            return PageSize.TABLOID;
        }
        return PageSize.parse(size).orElseThrow(InvalidPageSize::new);
    }

    /** Drafts and unpublished editions look like missing ones. */
    static final class NoPrintedEdition extends UserFacingException {
        NoPrintedEdition() {
            super(HttpStatus.NOT_FOUND, "web.error.404.message");
        }
    }

    static final class InvalidPageSize extends UserFacingException {
        InvalidPageSize() {
            super(HttpStatus.BAD_REQUEST, "web.error.badParameter", "size");
        }
    }
}
