package org.organizer.accounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What makes an e-mail, a display name and a password acceptable; answers are message keys. */
@Component
class AccountRules {

    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 200;
    /** bcrypt only looks at the first 72 bytes; a longer password would silently be cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountsProperties properties;

    AccountRules(AccountsProperties properties) {
        this.properties = properties;
    }

    List<String> checkAccount(@Nullable String email, @Nullable String displayName) {
        List<String> errors = new ArrayList<>();
        String e = email == null ? "" : email.strip();
        if (e.isEmpty() || e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
            errors.add("accounts.user.error.email");
        }
        String n = displayName == null ? "" : displayName.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            errors.add("accounts.user.error.name");
        }
        return errors;
    }

    List<String> checkPassword(@Nullable String password, @Nullable String confirmation) {
        List<String> errors = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < properties.minPasswordLength()) {
            errors.add("accounts.password.error.tooShort");
        } else if (p.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("accounts.password.error.tooLong");
        }
        if (!p.equals(confirmation)) {
            errors.add("accounts.password.error.mismatch");
        }
        return errors;
    }

    int minPasswordLength() {
        return properties.minPasswordLength();
    }
}
