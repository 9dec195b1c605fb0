package org.organizer.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other parts of the application may ask about days of action. */
public interface DaysOfAction {

    Optional<DayOfAction> bySlug(String slug);

    /** The days that belong to a call, earliest first. */
    List<DayOfAction> ofCall(UUID callId);

    /** How many actions of the day are public. */
    int publishedActions(DayOfActionId id);
}
