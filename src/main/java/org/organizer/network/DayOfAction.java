package org.organizer.network;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A day on which the network's local groups act together: its public address, its date and its title in each
 * language it has one in.
 *
 * @param callId the call the day belongs to, or null when it stands alone
 */
public record DayOfAction(
        DayOfActionId id,
        String slug,
        LocalDate date,
        @Nullable UUID callId,
        Map<String, String> titles) {

    public DayOfAction {
        titles = Map.copyOf(titles);
    }

    /** The title in the reader's language, else in the fallback, else any. */
    public String title(String language, String fallback) {
        String title = titles.get(language);
        if (title == null) {
            title = titles.get(fallback);
        }
        return title != null
                ? title
                : titles.values().stream().sorted().findFirst().orElse(slug);
    }

    public String titleLanguage(String language, String fallback) {
        if (titles.containsKey(language)) {
            return language;
        }
        return titles.containsKey(fallback)
                ? fallback
                : titles.keySet().stream().sorted().findFirst().orElse(language);
    }
}
