package org.organizer.print;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read: {@code classpath:/...} resources (the bundled fonts), from the executable jar as from
 * the build directory, and {@code file:} URIs of regular files inside the photos directory (lead photos).
 * Nothing else: no other file, no network, whatever a document asks for.
 */
final class ClasspathResources implements ResourceResolver {

    static final URI BASE = URI.create("classpath:/print/");

    private final Path photos;

    /** @param photos the only directory whose files may be read (after normalisation, symbolic links resolved) */
    ClasspathResources(Path photos) {
        this.photos = photos.toAbsolutePath().normalize();
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if ("file".equals(uri.getScheme())) {
            return new Resource(Files.newInputStream(photo(uri)));
        }
        if (!"classpath".equals(uri.getScheme())
                || uri.getPath() == null
                || uri.getPath().contains("..")) {
            throw new FileNotFoundException("not a bundled resource: " + uri);
        }
        InputStream in = ClasspathResources.class.getResourceAsStream(uri.getPath());
        if (in == null) {
            throw new FileNotFoundException(uri.toString());
        }
        return new Resource(in);
    }

    /** The file a {@code file:} URI names, if it is a regular file inside the photos directory. */
    Path photo(URI uri) throws IOException {
        Path file;
        try {
            file = Path.of(uri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new FileNotFoundException("not a photo: " + uri);
        }
        if (!file.startsWith(photos) || !Files.isDirectory(photos) || !Files.isRegularFile(file)) {
            throw new FileNotFoundException("not a photo: " + uri);
        }
        Path real = file.toRealPath();
        if (!real.startsWith(photos.toRealPath())) {
            throw new FileNotFoundException("not a photo: " + uri);
        }
        return real;
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new FileNotFoundException("printing writes no files: " + uri);
    }
}
