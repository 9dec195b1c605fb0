package org.organizer.cases.campaigns;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The case's team writes its campaign; the team and editors moderate its solidarity messages. */
public final class CampaignAccessDenied extends UserFacingException {

    CampaignAccessDenied() {
        super(HttpStatus.FORBIDDEN, "cases.campaign.error.access");
    }
}
