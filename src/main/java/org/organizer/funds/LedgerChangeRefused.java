package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/**
 * An approval or reversal the ledger's rules forbid: approving one's own disbursement, approving twice,
 * reversing twice, reversing a reversal. Nothing already recorded changes.
 */
public final class LedgerChangeRefused extends UserFacingException {

    LedgerChangeRefused(String messageKey) {
        super(HttpStatus.CONFLICT, messageKey);
    }
}
