package org.organizer.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other parts of the application may ask about days of action. */
public interface DaysOfAction {

    Optional<DayOfAction> bySlug(String slug);

    /** The day with this id (funds link to a day by its id). */
    Optional<DayOfAction> byId(DayOfActionId id);

    /** The days that belong to a call, earliest first. */
    List<DayOfAction> ofCall(UUID callId);

    /** How many actions of the day are public. */
    int publishedActions(DayOfActionId id);
}
