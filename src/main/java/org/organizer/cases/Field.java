package org.organizer.cases;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One value as a viewer may see it: {@code value} is null when the viewer may not see it, and nothing but the
 * field's name and place is then shown.
 */
public record Field(
        OwnerKind ownerKind,
        UUID ownerId,
        String name,
        String language,
        Visibility visibility,
        @Nullable String value) {

    public boolean visible() {
        return value != null;
    }
}
