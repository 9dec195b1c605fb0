package org.organizer.media.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The photo list with the upload form. */
public record PhotoListPage(
        List<PhotoCard> photos,
        List<String> languages,
        TextForm upload,
        List<Problem> problems,
        @Nullable String notice,
        long maxMegabytes) {}
