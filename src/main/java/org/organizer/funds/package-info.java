/**
 * Solidarity and strike funds: exact money in many currencies, funds with their texts and treasurers, an
 * append-only ledger of contributions, disbursements approved by a second treasurer and reversals, and
 * exchange rates per date for converted totals; the public side: account pages with SVG charts, pledges with
 * e-mail confirmation, CSV/JSON exports, an Atom feed and the read-only API, and bank statement imports.
 */
@NullMarked
@ApplicationModule(
        displayName = "Funds",
        allowedDependencies = {
            "accounts",
            "web",
            "platform",
            "distribution :: mail",
            "distribution :: announce",
            "network"
        })
package org.organizer.funds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
