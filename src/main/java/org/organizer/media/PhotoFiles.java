package org.organizer.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the stored sizes. A file never changes once written (a new upload gets a new id), so browsers
 * and proxies may keep it for a year without asking again. Answers straight from disk, without the
 * database.
 */
@Controller
class PhotoFiles {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private static final Pattern FILE = Pattern.compile("([1-9][0-9]{0,4})\\.(jpg|png)");

    private final PhotoStore store;

    PhotoFiles(PhotoStore store) {
        this.store = store;
    }

    @GetMapping("/media/photos/{id}/{file}")
    ResponseEntity<Resource> file(@PathVariable String id, @PathVariable String file) {
        Matcher name = FILE.matcher(file);
        PhotoId photo = PhotoId.parse(id).orElseThrow(() -> new PhotoNotFound(id));
        if (!name.matches()) {
            throw new PhotoNotFound(id);
        }
        PhotoFormat format = PhotoFormat.byExtension(name.group(2)).orElseThrow();
        Path path = store.file(photo, Integer.parseInt(name.group(1)), format)
                .orElseThrow(() -> new PhotoNotFound(id + "/" + file));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .eTag(etag(path))
                .body(new FileSystemResource(path));
    }

    /** Size and time of writing: enough to tell two files apart, which never happens for one address. */
    private static String etag(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return "\"" + Long.toHexString(attributes.size()) + "-"
                    + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
