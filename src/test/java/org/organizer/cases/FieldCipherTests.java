package org.organizer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTests {

    private static final String OLD = key();
    private static final String NEW = key();

    @Test
    void aSealedValueOpensAtItsPlaceAndNeverHoldsThePlaintext() {
        FieldCipher cipher = new FieldCipher(new CasesProperties(Map.of("k1", OLD), null));
        String sealed = cipher.seal("Ana Quispe, lawyer", "CASE/x/lawyer/");

        assertThat(sealed).startsWith("v1:k1:").doesNotContain("Ana");
        assertThat(cipher.open(sealed, "CASE/x/lawyer/")).isEqualTo("Ana Quispe, lawyer");
        assertThat(cipher.seal("Ana Quispe, lawyer", "CASE/x/lawyer/"))
                .as("a fresh random nonce for every value")
                .isNotEqualTo(sealed);
    }

    @Test
    void aSealedValueCopiedToAnotherPlaceOrAlteredDoesNotOpen() {
        FieldCipher cipher = new FieldCipher(new CasesProperties(Map.of("k1", OLD), null));
        String sealed = cipher.seal("secret", "PERSON/a/name/");

        assertThatThrownBy(() -> cipher.open(sealed, "PERSON/b/name/")).isInstanceOf(IllegalStateException.class);
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
        assertThatThrownBy(() -> cipher.open(altered, "PERSON/a/name/")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationNewValuesUseTheNewKeyAndOldValuesStillOpenWithTheOldKeyId() {
        String before = new FieldCipher(new CasesProperties(Map.of("2025", OLD), null)).seal("old value", "p");
        Map<String, String> both = new LinkedHashMap<>();
        both.put("2025", OLD);
        both.put("2026", NEW);
        FieldCipher rotated = new FieldCipher(new CasesProperties(both, "2026"));

        assertThat(rotated.open(before, "p")).isEqualTo("old value");
        String after = rotated.seal("new value", "p");
        assertThat(FieldCipher.keyIdOf(after)).isEqualTo("2026");
        assertThat(FieldCipher.keyIdOf(before)).isEqualTo("2025");
        assertThatThrownBy(() -> new FieldCipher(new CasesProperties(Map.of("2026", NEW), null)).open(before, "p"))
                .as("a retired key must stay listed until its values are re-sealed")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyNothingIsSealedAndTheReasonIsClear() {
        FieldCipher cipher = new FieldCipher(new CasesProperties(Map.of(), null));

        assertThat(cipher.configured()).isFalse();
        assertThatThrownBy(() -> cipher.seal("anything", "p"))
                .isInstanceOf(EncryptionNotConfigured.class)
                .hasMessage("cases.error.noKey");
    }

    @Test
    void keysThatAreNotAes256OrAnActiveIdThatIsNotListedAreRefusedAtStartup() {
        assertThatThrownBy(() -> new FieldCipher(
                        new CasesProperties(Map.of("short", Base64.getEncoder().encodeToString(new byte[16])), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new FieldCipher(new CasesProperties(Map.of("k1", OLD), "k2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k2");
    }

    private static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
