package org.organizer.network.web;

import java.util.List;

/** The public directory: the organisations found, the filters as typed, and the choices for them. */
public record DirectoryPage(
        List<OrganisationView> organisations,
        String country,
        String kind,
        String name,
        List<String> countries,
        List<String> kinds,
        List<String> errors) {}
