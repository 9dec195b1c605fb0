package org.organizer.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A rendered page ready to be sent again: its body, raw and gzipped (compressed once, when stored), with
 * a strong ETag for each, and the headers the application and Spring Security gave it.
 *
 * @param gzip null when compressing did not make the page smaller
 */
record CachedPage(
        @Nullable String contentType,
        List<Header> headers,
        byte[] raw,
        String etag,
        byte @Nullable [] gzip,
        String gzipEtag) {

    record Header(String name, String value) {}

    static CachedPage of(@Nullable String contentType, List<Header> headers, byte[] raw) {
        byte[] gzip = gzip(raw);
        String hash = hash(raw);
        return new CachedPage(
                contentType,
                List.copyOf(headers),
                raw,
                '"' + hash + '"',
                gzip.length < raw.length ? gzip : null,
                '"' + hash + "-gz\"");
    }

    int weight() {
        int headerBytes = headers.stream()
                .mapToInt(h -> 2 * (h.name().length() + h.value().length()))
                .sum();
        return 256 + headerBytes + raw.length + (gzip == null ? 0 : gzip.length);
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream out = new BestGzip(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String hash(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Pages are compressed once and sent many times, so the slowest, smallest setting pays. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
