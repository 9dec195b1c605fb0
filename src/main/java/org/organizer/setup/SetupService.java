package org.organizer.setup;

import java.util.ArrayList;
import java.util.List;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Role;
import org.organizer.press.Publications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first administrator and the publication together, exactly once. */
@Service
class SetupService {

    private final Accounts accounts;
    private final Publications publications;
    private final SetupState state;

    SetupService(Accounts accounts, Publications publications, SetupState state) {
        this.accounts = accounts;
        this.publications = publications;
        this.state = state;
    }

    boolean isSetUp() {
        return state.isSetUp();
    }

    /** Message keys of everything wrong with the request; empty when it can be carried out. */
    List<String> check(SetupRequest request) {
        List<String> errors = new ArrayList<>(accounts.checkAccount(request.email(), request.displayName()));
        errors.addAll(accounts.checkPassword(request.password(), request.confirmation()));
        errors.addAll(request.publicationProblems());
        if (errors.isEmpty() && accounts.byEmail(request.email()).isPresent()) {
            errors.add("accounts.user.error.emailTaken");
        }
        return errors;
    }

    /**
     * The publication row is created first: a second, simultaneous setup waits on it and then finds it
     * taken, so its transaction rolls back and creates no administrator.
     *
     * @throws AlreadySetUp when the installation is (or just became) set up
     */
    @Transactional
    void setUp(SetupRequest request) {
        if (state.isSetUp() || !publications.create(request.publication())) {
            throw new AlreadySetUp();
        }
        accounts.create(request.email(), request.displayName(), Role.ADMINISTRATOR, request.password());
    }
}
