package org.organizer.funds;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The receipt formats accepted, recognised by their first bytes (magic numbers), whatever the browser says. */
enum ReceiptType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MAGIC = "WEBP".getBytes(StandardCharsets.US_ASCII);

    final String contentType;
    final String extension;

    ReceiptType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static Optional<ReceiptType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static Optional<ReceiptType> of(String contentType) {
        return Arrays.stream(values())
                .filter(t -> t.contentType.equals(contentType))
                .findFirst();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
        return bytes.length >= offset + magic.length
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }
}
