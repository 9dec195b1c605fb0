package org.organizer.network.days;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.network.Organisation;

/**
 * The form that registers an action, as typed, with its errors and the gazetteer's suggestions for an unknown
 * city.
 *
 * @param done "confirm" once a confirmation link was mailed, "published" when the action is public already
 */
public record RegisterPage(
        DayViews.DayView day,
        ActionForm form,
        List<String> errors,
        List<String> suggestions,
        List<String> kinds,
        List<String> countries,
        List<Organisation> organisations,
        boolean signedIn,
        @Nullable String done) {}
