package org.organizer.network.days;

import java.util.Map;

/**
 * What someone typed into the form that registers an action, kept as typed so a form with errors shows it
 * again.
 *
 * @param organisation the slug of a directory organisation, or empty
 * @param organiser the organising group's name when it is not in the directory
 * @param email the private contact address; never shown on a public page
 */
public record ActionForm(
        String kind,
        String city,
        String country,
        String meetingPoint,
        boolean showMeetingPoint,
        String time,
        String zone,
        String organisation,
        String organiser,
        String description,
        String email) {

    public static ActionForm empty() {
        return new ActionForm("", "", "", "", false, "", "", "", "", "", "");
    }

    public static ActionForm of(Map<String, String> params) {
        return new ActionForm(
                params.getOrDefault("kind", ""),
                params.getOrDefault("city", ""),
                params.getOrDefault("country", ""),
                params.getOrDefault("meetingPoint", ""),
                params.containsKey("showMeetingPoint"),
                params.getOrDefault("time", ""),
                params.getOrDefault("zone", ""),
                params.getOrDefault("organisation", ""),
                params.getOrDefault("organiser", ""),
                params.getOrDefault("description", ""),
                params.getOrDefault("email", ""));
    }
}
