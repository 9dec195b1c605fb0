package org.organizer.media;

import org.jspecify.annotations.Nullable;

/**
 * A photo ready for an {@code <img>}: {@code src} at the default width, {@code srcset} with every stored
 * width ("/media/photos/…/480.jpg 480w, …"), the width and height of {@code src}, and the texts in the
 * language asked for (or the first language that has texts; empty strings when none has).
 *
 * @param bytes the size of the {@code src} file
 * @param language the language the texts are in; null when the photo has no texts at all
 */
public record PhotoView(
        PhotoId id,
        String src,
        String srcset,
        int width,
        int height,
        long bytes,
        String alt,
        String caption,
        String credit,
        @Nullable String language) {}
