/**
 * Maps drawn by Organizer itself: a gazetteer of the world's towns and cities (GeoNames) and SVG world maps
 * from bundled Natural Earth boundaries, with no tile server and no script.
 */
@NullMarked
@ApplicationModule(
        displayName = "Maps",
        allowedDependencies = {})
package org.organizer.maps;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
