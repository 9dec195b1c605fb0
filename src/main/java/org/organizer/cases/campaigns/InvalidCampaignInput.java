package org.organizer.cases.campaigns;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A campaign value or solidarity message that cannot be saved; the key says which and why. Nothing is written. */
public final class InvalidCampaignInput extends UserFacingException {

    InvalidCampaignInput(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
