package org.organizer.cases.memorials;

import java.util.UUID;

/** A memorial's text, publication or cases changed: its public pages may show something else now. */
public record MemorialChanged(UUID memorialId) {}
