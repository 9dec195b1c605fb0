package org.organizer.print;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.organizer.media.PhotoId;
import org.organizer.press.Article;

/**
 * Where printing finds lead photos and the library photos embedded in bodies: a file under {@link #directory()} (the only files FOP may read) with the
 * caption and credit in the edition's language.
 */
interface PrintPhotos {

    /** The directory every photo file is in; {@link ClasspathResources} refuses files outside it. */
    Path directory();

    /** The article's lead photo, with its texts in this language; nothing when it has none. */
    Optional<Photo> lead(Article article, String language);

    /** A photo a body embeds, with its texts in this language; nothing for an unknown photo. */
    default Optional<Photo> inline(PhotoId id, String language) {
        return Optional.empty();
    }

    /** A photo to print: a {@code file:} URI under {@link #directory()}, its caption and its credit. */
    record Photo(URI file, String caption, String credit) {}
}
