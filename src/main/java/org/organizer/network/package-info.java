/**
 * The network around the paper: the directory of organisations, their representatives and how they were
 * verified, and the calls they issue and decide together (later: endorsements, days of action).
 */
@NullMarked
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {"accounts", "web", "platform", "press", "distribution :: mail"})
package org.organizer.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
