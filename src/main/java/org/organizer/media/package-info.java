/**
 * Photos: upload, re-encoding that strips every piece of metadata (location, camera, author), responsive
 * sizes on disk, alt text, caption and credit per language, and the facade other modules show photos with.
 */
@NullMarked
@ApplicationModule(
        displayName = "Media",
        allowedDependencies = {"accounts", "web", "platform"})
package org.organizer.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
