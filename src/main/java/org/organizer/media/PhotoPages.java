package org.organizer.media;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.media.web.PhotoCard;
import org.organizer.media.web.PhotoEditPage;
import org.organizer.media.web.PhotoListPage;
import org.organizer.media.web.Problem;
import org.organizer.media.web.TextForm;
import org.organizer.web.SiteInfo;
import org.organizer.web.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The newsroom's photo pages: the list with the upload form, and one photo with its texts. */
@Controller
@PreAuthorize("hasRole('CORRESPONDENT')")
class PhotoPages {

    private static final Map<String, String> NOTICES =
            Map.of("uploaded", "media.notice.uploaded", "saved", "media.notice.saved");

    private final PhotoLibrary library;
    private final Photos photos;
    private final Accounts accounts;
    private final SiteInfo site;
    private final UploadLimits limits;

    PhotoPages(PhotoLibrary library, Photos photos, Accounts accounts, SiteInfo site, UploadLimits limits) {
        this.library = library;
        this.photos = photos;
        this.accounts = accounts;
        this.site = site;
        this.limits = limits;
    }

    @GetMapping("/admin/photos")
    String list(
            @RequestParam(required = false) @Nullable String notice,
            @RequestAttribute(name = UploadSizeFilter.TOO_LARGE, required = false) @Nullable PhotoTooLarge tooLarge,
            Model model,
            HttpServletResponse response) {
        TextForm blank = TextForm.blank(site.defaultLanguage());
        if (tooLarge != null) {
            response.setStatus(tooLarge.status().value());
            return list(model, blank, List.of(problem(tooLarge)), null);
        }
        return list(model, blank, List.of(), notice(notice));
    }

    @PostMapping("/admin/photos")
    String upload(
            Authentication auth,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String alt,
            @RequestParam(required = false) @Nullable String caption,
            @RequestParam(required = false) @Nullable String credit,
            Model model,
            HttpServletResponse response)
            throws IOException {
        PhotoText text = PhotoText.of(orDefault(language), alt, caption, credit);
        try {
            byte[] data = file == null ? new byte[0] : file.getBytes();
            Photo photo = library.upload(actor(auth), data, text);
            return "redirect:/admin/photos/" + photo.id() + "?notice=uploaded";
        } catch (InvalidPhotoText e) {
            response.setStatus(e.status().value());
            return list(
                    model,
                    form(text),
                    e.errors().stream().map(PhotoPages::problem).toList(),
                    null);
        } catch (PhotoRejected e) {
            response.setStatus(e.status().value());
            return list(model, form(text), List.of(problem(e)), null);
        }
    }

    @GetMapping("/admin/photos/{id}")
    String edit(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Model model) {
        Photo photo = library.photo(photoId(id));
        return edit(model, photo, actor(auth), List.of(), null, notice(notice));
    }

    @PostMapping("/admin/photos/{id}/texts")
    String saveText(
            Authentication auth,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String alt,
            @RequestParam(required = false) @Nullable String caption,
            @RequestParam(required = false) @Nullable String credit,
            Model model,
            HttpServletResponse response) {
        Actor actor = actor(auth);
        PhotoId photoId = photoId(id);
        PhotoText text = PhotoText.of(language, alt, caption, credit);
        try {
            library.saveText(actor, photoId, text);
            return "redirect:/admin/photos/" + photoId + "?notice=saved";
        } catch (InvalidPhotoText e) {
            response.setStatus(e.status().value());
            List<Problem> problems =
                    e.errors().stream().map(PhotoPages::problem).toList();
            return edit(model, library.photo(photoId), actor, problems, form(text), null);
        }
    }

    private String list(Model model, TextForm upload, List<Problem> problems, @Nullable String notice) {
        String language = site.defaultLanguage();
        List<PhotoCard> cards = library.latest().stream()
                .map(photo -> card(photos.view(photo, language), photo))
                .toList();
        model.addAttribute(
                "page", new PhotoListPage(cards, site.languages(), upload, problems, notice, limits.maxMegabytes()));
        return "media/list";
    }

    private String edit(
            Model model,
            Photo photo,
            Actor actor,
            List<Problem> problems,
            @Nullable TextForm typed,
            @Nullable String notice) {
        PhotoView view = photos.view(photo, site.defaultLanguage());
        List<TextForm> texts = site.languages().stream()
                .map(language -> typed != null && typed.language().equals(language)
                        ? typed
                        : form(photo.texts().getOrDefault(language, PhotoText.of(language, "", "", ""))))
                .toList();
        List<PhotoEditPage.Size> sizes = photo.renditions().stream()
                .map(r -> new PhotoEditPage.Size(photo.path(r), r.width(), r.height(), Math.ceilDiv(r.bytes(), 1024)))
                .toList();
        String uploader =
                accounts.byId(photo.uploadedBy()).map(Actor::displayName).orElse("");
        model.addAttribute(
                "page",
                new PhotoEditPage(
                        photo.id().toString(),
                        view.src(),
                        view.srcset(),
                        view.width(),
                        view.height(),
                        view.alt(),
                        sizes,
                        uploader,
                        photo.uploadedAt(),
                        PhotoLibrary.mayEdit(actor, photo),
                        texts,
                        problems,
                        notice));
        return "media/edit";
    }

    private static PhotoCard card(PhotoView view, Photo photo) {
        Photo.Rendition thumbnail = photo.smallest();
        return new PhotoCard(
                photo.id().toString(),
                photo.path(thumbnail),
                thumbnail.width(),
                thumbnail.height(),
                view.alt(),
                view.caption());
    }

    private static TextForm form(PhotoText text) {
        return new TextForm(text.language(), text.alt(), text.caption(), text.credit());
    }

    static Problem problem(String key) {
        return new Problem(key, List.of());
    }

    static Problem problem(UserFacingException e) {
        return new Problem(
                e.messageKey(),
                Arrays.stream(e.arguments()).map(String::valueOf).toList());
    }

    private String orDefault(@Nullable String language) {
        return language == null || language.isBlank() ? site.defaultLanguage() : language;
    }

    private static @Nullable String notice(@Nullable String notice) {
        return notice == null ? null : NOTICES.get(notice);
    }

    private static PhotoId photoId(String id) {
        return PhotoId.parse(id).orElseThrow(() -> new PhotoNotFound(id));
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}
