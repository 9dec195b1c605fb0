/**
 * The network around the paper: the directory of organisations, their representatives and how they were
 * verified (later: calls decided together, endorsements, days of action).
 */
@NullMarked
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {"accounts", "web", "platform", "distribution :: mail"})
package org.organizer.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
