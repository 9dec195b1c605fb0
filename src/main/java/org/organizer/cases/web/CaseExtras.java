package org.organizer.cases.web;

import java.util.List;
import java.util.UUID;
import org.organizer.cases.CasePhoto;
import org.organizer.cases.PersonMerge;

/**
 * What the case page shows besides the case itself: merges of persons, a refused form's typed values, and the
 * photos of persons the viewer may see.
 */
public record CaseExtras(List<PersonMerge> merges, TypedForm typed, List<CasePhoto> photos) {

    public List<CasePhoto> photosOf(UUID person) {
        return photos.stream().filter(p -> p.personId().equals(person)).toList();
    }
}
