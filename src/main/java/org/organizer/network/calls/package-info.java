/**
 * Calls of the network: drafting, discussion by the member organisations (comments and amendments), the poll
 * that decides the day of action, language versions and their public pages. Internal to the network module;
 * others use {@link org.organizer.network.Calls} and the events of the module's root package.
 */
@NullMarked
package org.organizer.network.calls;

import org.jspecify.annotations.NullMarked;
