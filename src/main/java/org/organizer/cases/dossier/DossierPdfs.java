package org.organizer.cases.dossier;

import java.util.Locale;
import java.util.UUID;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.cases.CaseIds;
import org.organizer.cases.CaseNotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /admin/cases/{id}/dossier.pdf}: the dossier of a case for any signed-in account, holding what they
 * may see (case-team values for the case's team only, each such read in the access log), in the language of
 * the request, never cached.
 */
@Controller
class DossierPdfs {

    private final Dossiers dossiers;
    private final Accounts accounts;

    DossierPdfs(Dossiers dossiers, Accounts accounts) {
        this.dossiers = dossiers;
        this.accounts = accounts;
    }

    @GetMapping("/admin/cases/{id}/dossier.pdf")
    ResponseEntity<byte[]> dossier(Authentication auth, @PathVariable String id, Locale locale) {
        Actor actor = accounts.signedIn(auth);
        UUID caseId = CaseIds.parse(id, CaseNotFound::new);
        Dossiers.Rendered rendered = dossiers.render(actor, caseId, locale.getLanguage());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(rendered.filename())
                                .build()
                                .toString())
                .body(rendered.pdf());
    }
}
