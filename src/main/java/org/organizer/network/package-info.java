/**
 * The network around the paper: the directory of organisations, their representatives and how they were
 * verified, the calls they issue and decide together, and days of action with their local actions, map and
 * reports (later: endorsements).
 */
@NullMarked
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {
            "accounts",
            "web",
            "platform",
            "distribution :: mail",
            "distribution :: announce",
            "maps",
            "media",
            "press"
        })
package org.organizer.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
