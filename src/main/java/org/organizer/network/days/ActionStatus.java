package org.organizer.network.days;

/** Where a registered action stands: waiting for its e-mail confirmation, for an editor, public, or refused. */
enum ActionStatus {
    UNCONFIRMED,
    PENDING,
    PUBLISHED,
    REJECTED
}
