package org.organizer.cases.web;

import java.util.List;
import java.util.UUID;
import org.organizer.cases.CaseDocument;
import org.organizer.cases.CasePhoto;
import org.organizer.cases.PersonMerge;

/**
 * What the case page shows besides the case itself: merges of persons, a refused form's typed values, and the
 * photos of persons and the source documents the viewer may see.
 */
public record CaseExtras(
        List<PersonMerge> merges, TypedForm typed, List<CasePhoto> photos, List<CaseDocument> documents) {

    public List<CaseDocument> documentsOf(UUID source) {
        return documents.stream().filter(d -> d.sourceId().equals(source)).toList();
    }

    public List<CasePhoto> photosOf(UUID person) {
        return photos.stream().filter(p -> p.personId().equals(person)).toList();
    }
}
