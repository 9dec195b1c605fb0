package org.organizer.setup;

import org.organizer.press.Publications;
import org.springframework.stereotype.Component;

/** Whether the installation is set up; once it is, the answer is remembered and never asked again. */
@Component
class SetupState {

    private final Publications publications;
    private volatile boolean setUp;

    SetupState(Publications publications) {
        this.publications = publications;
    }

    boolean isSetUp() {
        if (!setUp && publications.current().isPresent()) {
            setUp = true;
        }
        return setUp;
    }
}
