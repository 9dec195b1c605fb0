package org.organizer.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.organizer.accounts.Actor;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of media: a photo ready to show, in a reader's language. */
@Service
public class Photos {

    private final PhotoRepository photos;
    private final PhotoLibrary library;
    private final SiteInfo site;
    private final MediaProperties properties;
    private final PhotoStore store;
    private final PhotoDecoder decoder;
    private final Renditions renditions;

    Photos(
            PhotoRepository photos,
            PhotoLibrary library,
            SiteInfo site,
            MediaProperties properties,
            PhotoStore store,
            PhotoDecoder decoder,
            Renditions renditions) {
        this.photos = photos;
        this.store = store;
        this.decoder = decoder;
        this.renditions = renditions;
        this.library = library;
        this.site = site;
        this.properties = properties;
    }

    /** Alt text, caption and credit of a photo in one language, for {@link #upload}. */
    public record Text(String language, String alt, String caption, String credit) {}

    /**
     * Uploads a photo through the same checks and re-encoding as the upload form, with its texts in one or
     * more languages; the first text's language is the one returned. Joins the caller's transaction if any.
     *
     * @throws PhotoAccessDenied unless the actor is in the newsroom; bad data or texts fail as in the form
     */
    @Transactional
    public PhotoView upload(Actor actor, byte[] data, List<Text> texts) {
        List<PhotoText> clean = texts.stream()
                .map(t -> PhotoText.of(t.language(), t.alt(), t.caption(), t.credit()))
                .toList();
        Photo photo = library.upload(actor, data, clean.isEmpty() ? null : clean.getFirst());
        for (PhotoText text : clean.stream().skip(1).toList()) {
            photo = library.saveText(actor, photo.id(), text);
        }
        return view(
                photo,
                clean.isEmpty() ? site.languages().getFirst() : clean.getFirst().language());
    }

    /** A photo decoded and encoded anew, with none of the original's metadata; see {@link #strip}. */
    public record Stripped(PhotoFormat format, int width, int height, byte[] bytes) {}

    /**
     * Decodes and re-encodes a photo with the same checks as an upload — every piece of metadata (location,
     * camera, author) gone — in the widest size up to {@code maxWidth}, but stores nothing: for modules that
     * keep a photo themselves because it must not be served at a public address (e.g. private case files).
     *
     * @throws PhotoRejected for data that is not a photo Organizer reads, or too large a photo
     */
    public Stripped strip(byte[] data, int maxWidth) {
        Renditions.Output output = renditions.encode(decoder.decode(data));
        Renditions.Encoded best = output.sizes().stream()
                .filter(size -> size.width() <= maxWidth)
                .reduce((a, b) -> b.width() > a.width() ? b : a)
                .orElseGet(() -> output.sizes().stream()
                        .min(java.util.Comparator.comparingInt(Renditions.Encoded::width))
                        .orElseThrow());
        return new Stripped(output.format(), best.width(), best.height(), best.bytes());
    }

    /** The photo with its texts in this language, else in the first publication language that has them. */
    public Optional<PhotoView> find(PhotoId id, String language) {
        return photos.byId(id).map(photo -> view(photo, language));
    }

    /** The most recently uploaded photos, newest first, for choosing one (e.g. an article's lead photo). */
    public List<PhotoView> latest(String language, int limit) {
        return photos.latest(limit).stream().map(photo -> view(photo, language)).toList();
    }

    /**
     * The stored file of a photo for reading it from disk (e.g. to print it): the narrowest size at least
     * {@code minWidth} wide, else the widest there is; nothing for an unknown photo or a missing file.
     */
    public Optional<Path> file(PhotoId id, int minWidth) {
        return photos.byId(id).flatMap(photo -> {
            Photo.Rendition best = photo.renditions().stream()
                    .filter(r -> r.width() >= minWidth)
                    .findFirst()
                    .orElse(photo.largest());
            return store.file(id, best.width(), photo.format());
        });
    }

    PhotoView view(Photo photo, String language) {
        Photo.Rendition src = photo.upTo(properties.defaultWidth());
        Optional<PhotoText> text = photo.text(language, site.languages());
        return new PhotoView(
                photo.id(),
                photo.path(src),
                photo.srcset(),
                src.width(),
                src.height(),
                src.bytes(),
                text.map(PhotoText::alt).orElse(""),
                text.map(PhotoText::caption).orElse(""),
                text.map(PhotoText::credit).orElse(""),
                text.map(PhotoText::language).orElse(null));
    }
}
