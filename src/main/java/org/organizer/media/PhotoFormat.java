package org.organizer.media;

import java.util.Arrays;
import java.util.Optional;

/** What stored photos are encoded as: JPEG, or PNG for photos with transparent parts. */
public enum PhotoFormat {
    JPEG("jpg", "image/jpeg"),
    PNG("png", "image/png");

    private final String extension;
    private final String contentType;

    PhotoFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<PhotoFormat> byExtension(String extension) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension))
                .findFirst();
    }
}
