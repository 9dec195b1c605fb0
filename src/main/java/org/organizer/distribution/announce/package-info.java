/**
 * Announcements of events of other modules (a call opened, its date decided, new endorsements, a fund opened,
 * money paid out) to the newsletter's readers and on the Telegram channel, queued as durable deliveries in the
 * caller's transaction, each event at most once. Other modules use the types marked
 * {@code @NamedInterface("announce")}; editors choose on {@code /admin/announcements} which kinds go where.
 */
@NullMarked
package org.organizer.distribution.announce;

import org.jspecify.annotations.NullMarked;
