package org.organizer.print;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The paper an edition is printed on: tabloid by default, A4 and A3 for printing at home or in a shop. */
enum PageSize {
    TABLOID(280, 430),
    A4(210, 297),
    A3(297, 420);

    private final int widthMm;
    private final int heightMm;

    PageSize(int widthMm, int heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    String width() {
        return widthMm + "mm";
    }

    String height() {
        return heightMm + "mm";
    }

    /** "tabloid", "a4" or "a3", in any case; nothing for anything else. */
    static Optional<PageSize> parse(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (PageSize size : values()) {
            if (size.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
