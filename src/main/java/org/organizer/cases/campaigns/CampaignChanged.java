package org.organizer.cases.campaigns;

import java.util.UUID;

/** Demands, hearings, the address or an approved solidarity message of a case changed. */
public record CampaignChanged(UUID caseId) {}
