package org.organizer.funds.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.Fund;

/** The funds a person may see, and for administrators the form that opens a new one. */
public record FundListPage(
        List<Fund> funds,
        String language,
        boolean administrator,
        List<String> languages,
        @Nullable Problem problem,
        Typed typed,
        String today) {}
