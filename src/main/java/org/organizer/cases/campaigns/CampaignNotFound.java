package org.organizer.cases.campaigns;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No such case, or not public, or a language the site does not publish in. */
public final class CampaignNotFound extends UserFacingException {

    CampaignNotFound() {
        super(HttpStatus.NOT_FOUND, "cases.error.notFound");
    }
}
