package org.organizer.media;

import java.util.List;
import java.util.Optional;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Service;

/** What other modules may ask of media: a photo ready to show, in a reader's language. */
@Service
public class Photos {

    private final PhotoRepository photos;
    private final SiteInfo site;
    private final MediaProperties properties;

    Photos(PhotoRepository photos, SiteInfo site, MediaProperties properties) {
        this.photos = photos;
        this.site = site;
        this.properties = properties;
    }

    /** The photo with its texts in this language, else in the first publication language that has them. */
    public Optional<PhotoView> find(PhotoId id, String language) {
        return photos.byId(id).map(photo -> view(photo, language));
    }

    /** The most recently uploaded photos, newest first, for choosing one (e.g. an article's lead photo). */
    public List<PhotoView> latest(String language, int limit) {
        return photos.latest(limit).stream().map(photo -> view(photo, language)).toList();
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
