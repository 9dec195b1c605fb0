package org.organizer.cases.web;

import java.util.List;
import org.organizer.cases.PersonMerge;

/** What the case page shows besides the case itself: merges of persons, and a refused form's typed values. */
public record CaseExtras(List<PersonMerge> merges, TypedForm typed) {}
