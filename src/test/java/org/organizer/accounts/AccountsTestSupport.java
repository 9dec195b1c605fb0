package org.organizer.accounts;

import java.util.UUID;
import org.organizer.press.Publication;
import org.organizer.press.Publications;
import org.springframework.stereotype.Component;

/** Makes the shared test database usable for accounts tests: set up, with fresh people per test. */
@Component
class AccountsTestSupport {

    static final String PASSWORD = "correct horse battery";

    private final Accounts accounts;
    private final Publications publications;

    AccountsTestSupport(Accounts accounts, Publications publications) {
        this.accounts = accounts;
        this.publications = publications;
    }

    void ensureSetUp() {
        if (publications.current().isEmpty()) {
            publications.create(Publication.of("Test Paper", "en,es,ar"));
        }
    }

    Actor person(Role role) {
        ensureSetUp();
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        return accounts.create(email, "Test " + role.name().toLowerCase(), role, PASSWORD);
    }
}
