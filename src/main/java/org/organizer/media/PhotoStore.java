package org.organizer.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.organizer.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The files of photos: {@code <files>/photos/<id>/<width>.<ext>}. Each file is written to a temporary
 * name and moved into place atomically, so a reader never sees half a file; if any size fails, the
 * photo's directory is removed again.
 */
@Component
class PhotoStore {

    private static final Logger log = LoggerFactory.getLogger(PhotoStore.class);

    private final PlatformProperties platform;

    PhotoStore(PlatformProperties platform) {
        this.platform = platform;
    }

    Path directory(PhotoId id) {
        return platform.filesDir().resolve("photos").resolve(id.toString());
    }

    void write(PhotoId id, Renditions.Output output) {
        Path directory = directory(id);
        try {
            Files.createDirectories(directory);
            for (Renditions.Encoded size : output.sizes()) {
                Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
                Files.write(temporary, size.bytes(), StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
                Files.move(
                        temporary,
                        directory.resolve(size.width() + "." + output.format().extension()),
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            delete(id);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    Optional<Path> file(PhotoId id, int width, PhotoFormat format) {
        Path file = directory(id).resolve(width + "." + format.extension());
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Removes a photo's directory and everything in it; a failure is logged, never thrown. */
    void delete(PhotoId id) {
        Path directory = directory(id);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the files of photo {} from {}", id, directory, e);
        }
    }
}
