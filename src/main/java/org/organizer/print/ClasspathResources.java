package org.organizer.print;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read: {@code classpath:/...} resources (the bundled fonts), from the executable jar as from
 * the build directory. Nothing else: no files, no network, whatever a document asks for.
 */
final class ClasspathResources implements ResourceResolver {

    static final URI BASE = URI.create("classpath:/print/");

    @Override
    public Resource getResource(URI uri) throws java.io.IOException {
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

    @Override
    public OutputStream getOutputStream(URI uri) throws java.io.IOException {
        throw new FileNotFoundException("printing writes no files: " + uri);
    }
}
