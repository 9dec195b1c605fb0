/**
 * Cases of repression: case files with persons in roles, a timeline of events, institutions, sources and
 * texts, where every value has a visibility (public, network, case team), case-team values are encrypted at
 * rest and every read of them is logged, and publishing a person needs recorded consent.
 */
@NullMarked
@ApplicationModule(
        displayName = "Cases",
        allowedDependencies = {"accounts", "web", "media", "platform", "print", "funds", "distribution :: mail"})
package org.organizer.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
