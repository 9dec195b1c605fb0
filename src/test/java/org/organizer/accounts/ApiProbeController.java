package org.organizer.accounts;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API endpoints to see how bearer tokens are authenticated and authorised. */
@RestController
class ApiProbeController {

    private final Accounts accounts;

    ApiProbeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/test-probe/actor")
    Map<String, String> actor(Authentication authentication) {
        return accounts.actor(authentication)
                .map(actor ->
                        Map.of("email", actor.email(), "role", actor.role().name()))
                .orElse(Map.of());
    }

    @PostMapping("/api/v1/test-probe/editorial")
    @PreAuthorize("hasRole('EDITOR')")
    Map<String, String> editorial() {
        return Map.of("done", "yes");
    }
}
