/**
 * The one-time setup of an installation: the first administrator and the publication, from a web page or
 * the command line. Until it is done, every page leads to the setup page.
 */
@NullMarked
@ApplicationModule(
        displayName = "Setup",
        allowedDependencies = {"accounts", "press", "web", "platform"})
package org.organizer.setup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
