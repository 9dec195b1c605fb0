package org.organizer.cases;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for the case-team values. There is no default key: without one, case-team values cannot be written.
 *
 * @param encryptionKeys key id → base64 of 32 random bytes (AES-256); old keys stay listed so older values
 *     can still be read
 * @param activeKeyId the key new values are encrypted with; may be left out when exactly one key is listed
 */
@ConfigurationProperties("organizer.cases")
public record CasesProperties(
        @DefaultValue Map<String, String> encryptionKeys,
        @Nullable String activeKeyId) {}
