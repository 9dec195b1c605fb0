/**
 * Announces the funds' public events through distribution's announcements: a fund opened, money paid out
 * (an approved disbursement, with its public purpose and recipient only) and a target reached. Built only from
 * {@link org.organizer.funds.PublicAccount}, which holds no private field.
 */
@NullMarked
package org.organizer.funds.announcements;

import org.jspecify.annotations.NullMarked;
