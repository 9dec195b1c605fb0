package org.organizer.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Fills the name keys of directory names stored before names had one (migration V20261215_01), when the
 * server starts. The key is computed in Java, so no SQL migration can. Command-line runs leave it to the
 * server: a restore starts from an empty database.
 */
@Component
class OrganisationNameKeys {

    private static final Logger log = LoggerFactory.getLogger(OrganisationNameKeys.class);

    private final OrganisationRepository repository;

    OrganisationNameKeys(OrganisationRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            int filled = repository.fillMissingNameKeys();
            if (filled > 0) {
                log.info("Computed the name keys of {} directory names", filled);
            }
        }
    }
}
