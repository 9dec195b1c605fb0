/**
 * The shared web layer: page layout, languages and writing direction, translated interface messages,
 * error pages and problem details, and the cache of rendered public pages.
 */
@NullMarked
@ApplicationModule(displayName = "Web")
package org.organizer.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
