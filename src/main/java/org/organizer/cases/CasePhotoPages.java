package org.organizer.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.cases.web.Problem;
import org.organizer.cases.web.TypedForm;
import org.organizer.media.PhotoRejected;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * Photos of persons: the team uploads them and says who may see them; the case pages serve the images after
 * the same checks as the case's values, and the public page only public photos with a standing PHOTO consent.
 */
@Controller
class CasePhotoPages {

    private final CasePhotos photos;
    private final CasePages pages;
    private final SiteInfo site;

    CasePhotoPages(CasePhotos photos, CasePages pages, SiteInfo site) {
        this.photos = photos;
        this.pages = pages;
        this.site = site;
    }

    @PostMapping("/admin/cases/{id}/persons/{person}/photos")
    String upload(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String person,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        try {
            photos.upload(actor, caseId, id(person), file == null ? new byte[0] : file.getBytes());
            return "redirect:/admin/cases/" + caseId;
        } catch (InvalidCaseInput | PhotoRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return pages.page(model, actor, caseId, new Problem(e.messageKey(), e.arguments()), TypedForm.NONE);
        }
    }

    @PostMapping("/admin/cases/{id}/photos/{photo}/visibility")
    String visibility(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String photo,
            @RequestParam(required = false) @Nullable String visibility,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return pages.write(
                model,
                actor,
                caseId,
                response,
                () -> photos.setVisibility(actor, caseId, id(photo), visibility == null ? "" : visibility));
    }

    @PostMapping("/admin/cases/{id}/photos/{photo}/remove")
    String remove(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String photo,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        UUID caseId = id(id);
        return pages.write(model, actor, caseId, response, () -> photos.remove(actor, caseId, id(photo)));
    }

    @GetMapping("/admin/cases/{id}/photos/{photo}")
    ResponseEntity<byte[]> image(Authentication auth, @PathVariable String id, @PathVariable String photo) {
        CasePhotos.Image image = photos.image(actor(auth), id(id), id(photo));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(image.bytes());
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/{slug}/photos/{photo}")
    ResponseEntity<byte[]> publicImage(
            @PathVariable String lang, @PathVariable String slug, @PathVariable String photo) {
        if (!site.publishesIn(lang)) {
            throw new CaseNotFound();
        }
        CasePhotos.Image image = photos.publicImage(slug, id(photo));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60")
                .body(image.bytes());
    }

    private static UUID id(String value) {
        return CasePages.id(value);
    }

    private Actor actor(Authentication auth) {
        return pages.actor(auth);
    }
}
