package org.organizer.media;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** The largest upload the server accepts ({@code spring.servlet.multipart.max-file-size}), for forms and messages. */
@Component
class UploadLimits {

    private static final DataSize DEFAULT = DataSize.ofMegabytes(20);

    private final DataSize maxFileSize;

    UploadLimits(ObjectProvider<MultipartProperties> multipart) {
        MultipartProperties properties = multipart.getIfAvailable();
        DataSize configured = properties == null ? null : properties.getMaxFileSize();
        this.maxFileSize = configured == null ? DEFAULT : configured;
    }

    long maxMegabytes() {
        return Math.max(1, maxFileSize.toMegabytes());
    }
}
