package org.organizer.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.web.SiteInfo;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos for API clients: upload (newsroom tokens), public metadata for anyone, texts per language. */
@RestController
@RequestMapping("/api/v1/media")
@Tag(name = "Photos", description = "Photo upload (metadata is stripped), sizes, alt text, captions and credits")
class PhotosApi {

    private final PhotoLibrary library;
    private final Photos photos;
    private final Accounts accounts;
    private final SiteInfo site;

    PhotosApi(PhotoLibrary library, Photos photos, Accounts accounts, SiteInfo site) {
        this.library = library;
        this.photos = photos;
        this.accounts = accounts;
        this.site = site;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Upload a JPEG, PNG or WebP photo (part 'file'), optionally with its texts in one language")
    public ResponseEntity<PhotoResource> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String alt,
            @RequestParam(required = false) @Nullable String caption,
            @RequestParam(required = false) @Nullable String credit,
            Authentication auth)
            throws IOException {
        PhotoText text = PhotoText.of(
                language == null || language.isBlank() ? site.defaultLanguage() : language, alt, caption, credit);
        Photo photo = library.upload(actor(auth), file.getBytes(), text);
        return ResponseEntity.created(URI.create("/api/v1/media/" + photo.id())).body(resource(photo));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A photo's sizes and texts (who uploaded it is not shown)")
    public PhotoResource get(@PathVariable String id) {
        return resource(library.photo(photoId(id)));
    }

    @PutMapping("/{id}/texts/{language}")
    @PreAuthorize("hasRole('CORRESPONDENT')")
    @Operation(summary = "Set alt text, caption and credit in one language; all empty removes them")
    public PhotoResource saveText(
            @PathVariable String id,
            @PathVariable String language,
            @Valid @RequestBody TextBody body,
            Authentication auth) {
        PhotoText text = PhotoText.of(language, body.alt(), body.caption(), body.credit());
        return resource(library.saveText(actor(auth), photoId(id), text));
    }

    private PhotoResource resource(Photo photo) {
        PhotoView view = photos.view(photo, site.defaultLanguage());
        return new PhotoResource(
                photo.id().value(),
                photo.format().extension(),
                view.src(),
                view.srcset(),
                photo.largest().width(),
                photo.largest().height(),
                photo.renditions().stream()
                        .map(r -> new SizeResource(photo.path(r), r.width(), r.height(), r.bytes()))
                        .toList(),
                photo.texts().values().stream()
                        .sorted(Comparator.comparing(PhotoText::language))
                        .map(t -> new TextResource(t.language(), t.alt(), t.caption(), t.credit()))
                        .toList());
    }

    private static PhotoId photoId(String id) {
        return PhotoId.parse(id).orElseThrow(() -> new PhotoNotFound(id));
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }

    /**
     * @param src the default size; {@code srcset} lists them all
     * @param width the width of the largest stored size
     */
    public record PhotoResource(
            UUID id,
            String format,
            String src,
            String srcset,
            int width,
            int height,
            List<SizeResource> sizes,
            List<TextResource> texts) {}

    public record SizeResource(String url, int width, int height, long bytes) {}

    public record TextResource(String language, String alt, String caption, String credit) {}

    public record TextBody(
            @Nullable @Size(max = PhotoText.MAX_ALT) String alt,
            @Nullable @Size(max = PhotoText.MAX_CAPTION) String caption,
            @Nullable @Size(max = PhotoText.MAX_CREDIT) String credit) {}
}
