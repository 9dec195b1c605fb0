package org.organizer.cases.campaigns;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.web.Problem;

/** The solidarity message form of a case: what was typed stays when refused; sent: the mailbox notice. */
public record SolidarityFormPage(
        String slug,
        String lang,
        boolean sent,
        Map<String, String> typed,
        @Nullable Problem problem) {

    public String typed(String name) {
        return typed.getOrDefault(name, "");
    }
}
