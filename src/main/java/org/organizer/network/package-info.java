/**
 * The network around the paper: the directory of organisations, their representatives and how they were
 * verified, and days of action with their local actions, map and reports (later: calls decided together, endorsements).
 */
@NullMarked
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {"accounts", "web", "platform", "distribution :: mail", "maps", "media", "press"})
package org.organizer.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
