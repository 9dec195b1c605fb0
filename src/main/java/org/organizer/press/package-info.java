/**
 * The newsroom: the publication, its articles and their translations, the editorial workflow from draft
 * to published, and the public pages and API that show published work.
 */
@NullMarked
@ApplicationModule(
        displayName = "Press",
        allowedDependencies = {"accounts", "media", "web", "platform"})
package org.organizer.press;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
