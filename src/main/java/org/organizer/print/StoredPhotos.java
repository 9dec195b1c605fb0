package org.organizer.print;

import java.nio.file.Path;
import java.util.Optional;
import org.organizer.media.PhotoId;
import org.organizer.media.Photos;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.Article;
import org.organizer.press.Newsroom;
import org.springframework.stereotype.Component;

/** Lead photos as media stores them: the widest stored size, read from disk (never over HTTP). */
@Component
class StoredPhotos implements PrintPhotos {

    /** Wide enough for a photo across a tabloid page at about 160 dpi; the widest stored size otherwise. */
    static final int PRINT_WIDTH = 1600;

    /** A photo in a body is printed one column wide: the middle stored size is enough. */
    static final int INLINE_WIDTH = 960;

    private final Newsroom newsroom;
    private final Photos photos;
    private final Path directory;

    StoredPhotos(Newsroom newsroom, Photos photos, PlatformProperties platform) {
        this.newsroom = newsroom;
        this.photos = photos;
        this.directory = platform.filesDir().resolve("photos");
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public Optional<Photo> lead(Article article, String language) {
        return newsroom.leadPhoto(article)
                .flatMap(view -> photos.find(view.id(), language))
                .flatMap(view -> photos.file(view.id(), PRINT_WIDTH)
                        .map(file ->
                                new Photo(file.toAbsolutePath().normalize().toUri(), view.caption(), view.credit())));
    }

    @Override
    public Optional<Photo> inline(PhotoId id, String language) {
        return photos.find(id, language)
                .flatMap(view -> photos.file(id, INLINE_WIDTH)
                        .map(file ->
                                new Photo(file.toAbsolutePath().normalize().toUri(), view.caption(), view.credit())));
    }
}
