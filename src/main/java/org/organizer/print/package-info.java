/**
 * The printed edition: an edition laid out as a print-ready PDF (Apache FOP, bundled Noto fonts), with long
 * articles continued at the end, for readers, editors and the command line.
 */
@NullMarked
@ApplicationModule(
        displayName = "Print",
        allowedDependencies = {"press", "media", "web", "platform"})
package org.organizer.print;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
