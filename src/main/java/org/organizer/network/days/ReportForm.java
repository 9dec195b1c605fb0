package org.organizer.network.days;

import java.util.List;

/** The newsroom's report form on one action, as typed, with its errors. */
public record ReportForm(
        String dayId,
        String day,
        String actionId,
        String city,
        String kind,
        String text,
        String turnout,
        List<String> captions,
        List<String> errors) {}
