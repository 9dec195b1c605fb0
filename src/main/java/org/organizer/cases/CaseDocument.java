package org.organizer.cases;

import java.util.UUID;

/** A document attached to a source, without its content: its file name, type, size and who may see it. */
public record CaseDocument(UUID id, UUID sourceId, Visibility visibility, String contentType, long size, String name) {

    /** The size in kilobytes, rounded up, for lists. */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }
}
