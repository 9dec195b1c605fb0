package org.organizer.cases;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals case-team values with AES-256-GCM: a random 96-bit nonce per value, a 128-bit tag, and the place of
 * the value (owner, field, language) as associated data, so a sealed value copied to another row does not
 * open. A sealed value reads {@code v1:<key id>:<base64 of nonce and ciphertext>}; the key id lets old keys
 * keep opening old values after the active key changed (docs/cases.md).
 */
@Component
class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final String PREFIX = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final @Nullable String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(CasesProperties properties) {
        properties.encryptionKeys().forEach((id, encoded) -> keys.put(id, key(id, encoded)));
        String active = properties.activeKeyId();
        if (active == null && keys.size() == 1) {
            active = keys.keySet().iterator().next();
        }
        if (active != null && !keys.containsKey(active)) {
            throw new IllegalStateException("organizer.cases.active-key-id names a key that is not listed in "
                    + "organizer.cases.encryption-keys: " + active);
        }
        if (active == null && !keys.isEmpty()) {
            throw new IllegalStateException(
                    "Several case encryption keys are listed: set organizer.cases.active-key-id");
        }
        this.activeKeyId = active;
        if (active == null) {
            log.warn("No case encryption key is configured (organizer.cases.encryption-keys): case-team values "
                    + "of case files can be neither written nor read until one is set. See docs/cases.md.");
        }
    }

    private static SecretKey key(String id, String encoded) {
        if (!id.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalStateException("A case encryption key id may hold letters, digits, - and _: " + id);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Case encryption key " + id + " is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "Case encryption key " + id + " must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    boolean configured() {
        return activeKeyId != null;
    }

    @Nullable
    String activeKeyId() {
        return activeKeyId;
    }

    String seal(String plain, String place) {
        String keyId = activeKeyId;
        if (keyId == null) {
            throw new EncryptionNotConfigured();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(keyId, place));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + ":" + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String open(String sealed, String place) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            throw new IllegalStateException("Not a sealed case value");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            if (keys.isEmpty()) {
                throw new EncryptionNotConfigured();
            }
            throw new IllegalStateException("A case value is sealed with key " + parts[1]
                    + ", which is not listed in organizer.cases.encryption-keys");
        }
        byte[] in = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(aad(parts[1], place));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed case value does not open: wrong key or tampered value", e);
        }
    }

    /** Seals binary content (a photo, a document) as the base64 of its bytes, bound to its place. */
    String sealBytes(byte[] plain, String place) {
        return seal(java.util.Base64.getEncoder().encodeToString(plain), place);
    }

    /** Opens content sealed with {@link #sealBytes}. */
    byte[] openBytes(String sealed, String place) {
        return java.util.Base64.getDecoder().decode(open(sealed, place));
    }

    /** The key id a sealed value was written with. */
    static String keyIdOf(String sealed) {
        String[] parts = sealed.split(":", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    private static byte[] aad(String keyId, String place) {
        return (PREFIX + "|" + keyId + "|" + place).getBytes(StandardCharsets.UTF_8);
    }
}
