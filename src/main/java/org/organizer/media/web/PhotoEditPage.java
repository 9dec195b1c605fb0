package org.organizer.media.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One photo: a preview, its stored sizes, and a form per publication language for its texts.
 *
 * @param sizes the stored files, narrowest first, as (address, width, height)
 */
public record PhotoEditPage(
        String id,
        String src,
        String srcset,
        int width,
        int height,
        String alt,
        List<Size> sizes,
        String uploadedBy,
        Instant uploadedAt,
        boolean editable,
        List<TextForm> texts,
        List<Problem> problems,
        @Nullable String notice) {

    public record Size(String path, int width, int height, long kilobytes) {}
}
