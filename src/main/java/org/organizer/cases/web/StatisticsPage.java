package org.organizer.cases.web;

import org.organizer.cases.CaseStatistics;

/** What the public statistics page shows: the counts, and the three charts as inline SVG drawn on the server. */
public record StatisticsPage(
        CaseStatistics statistics, String lang, String byCountry, String byStatus, String byYear) {}
