package org.organizer.cases.campaigns;

/** The page a confirmation link opens: a button (mail scanners open links), then the outcome. */
public record SolidarityConfirmPage(String token, String organisation, boolean confirmed) {}
