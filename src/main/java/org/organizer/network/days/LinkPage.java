package org.organizer.network.days;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the pages behind mailed links show: the action's day, city and kind, and the report form as typed.
 *
 * @param status after confirming: PUBLISHED or PENDING; after reporting: SENT; null before
 */
public record LinkPage(
        String token,
        DayViews.DayView day,
        String publicLanguage,
        String city,
        String kind,
        @Nullable String status,
        String text,
        String turnout,
        List<String> errors) {}
