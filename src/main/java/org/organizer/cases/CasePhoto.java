package org.organizer.cases;

import java.util.UUID;

/** A photo of a person, without the image: who it shows, who may see it, its size. */
public record CasePhoto(UUID id, UUID personId, Visibility visibility, int width, int height) {}
