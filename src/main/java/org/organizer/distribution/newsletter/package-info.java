/**
 * The newsletter: readers subscribe with double opt-in and manage or delete their data through a link;
 * editors send an edition or chosen articles, rendered once per language, as durable deliveries.
 */
@NullMarked
package org.organizer.distribution.newsletter;

import org.jspecify.annotations.NullMarked;
