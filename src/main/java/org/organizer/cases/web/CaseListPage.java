package org.organizer.cases.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.CaseSummary;

/** The cases a person may see, the filter, and for administrators the form that opens a case. */
public record CaseListPage(
        List<CaseSummary> cases,
        boolean administrator,
        String country,
        String status,
        List<String> languages,
        @Nullable Problem problem,
        TypedForm typed) {}
