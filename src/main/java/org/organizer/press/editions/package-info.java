/**
 * Numbered printed editions of the publication: their sections, supplements, cover and prices, the editors'
 * pages that compose them, and the public archive and API. Internal to the press module.
 */
@NullMarked
package org.organizer.press.editions;

import org.jspecify.annotations.NullMarked;
