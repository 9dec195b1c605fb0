package org.organizer.setup;

import org.organizer.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to find it, and where to begin when nothing is set up yet. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    private final PlatformProperties platform;
    private final SetupState state;

    StartupMessage(PlatformProperties platform, SetupState state) {
        this.platform = platform;
        this.state = state;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        for (String line : lines()) {
            log.info(line);
        }
    }

    String[] lines() {
        String base = platform.baseUrl().toString().replaceAll("/+$", "");
        if (state.isSetUp()) {
            return new String[] {"Organizer is running at " + base};
        }
        return new String[] {
            "Organizer is running at " + base, "Open " + base + "/setup to create the first administrator"
        };
    }
}
