package org.organizer.cases.campaigns;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.web.Problem;

/** A case's campaign for its team (every form) or for editors (moderation only). */
public record CampaignAdminPage(
        Campaign campaign,
        boolean team,
        List<String> languages,
        String today,
        Map<String, String> form,
        @Nullable Problem problem) {

    public String demands(String language) {
        if (language.equals(form.get("language")) && form.containsKey("demands")) {
            return form.get("demands");
        }
        return campaign.demands().getOrDefault(language, "");
    }

    public String typed(String name) {
        return form.getOrDefault(name, "");
    }
}
