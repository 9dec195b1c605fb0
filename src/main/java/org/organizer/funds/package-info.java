/**
 * Solidarity and strike funds: exact money in many currencies, funds with their texts and treasurers, an
 * append-only ledger of contributions, disbursements approved by a second treasurer and reversals, and
 * exchange rates per date for converted totals.
 */
@NullMarked
@ApplicationModule(
        displayName = "Funds",
        allowedDependencies = {"accounts", "web"})
package org.organizer.funds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
