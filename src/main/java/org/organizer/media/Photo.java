package org.organizer.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.organizer.accounts.UserId;

/** A stored photo: its sizes on disk and its texts by language. */
record Photo(
        PhotoId id,
        UserId uploadedBy,
        Instant uploadedAt,
        PhotoFormat format,
        List<Rendition> renditions,
        Map<String, PhotoText> texts) {

    /** One stored size; the widest is the photo's full size. */
    record Rendition(int width, int height, long bytes) {}

    Photo {
        renditions = renditions.stream()
                .sorted(Comparator.comparingInt(Rendition::width))
                .toList();
        texts = Map.copyOf(texts);
    }

    static String path(PhotoId id, int width, PhotoFormat format) {
        return "/media/photos/" + id + "/" + width + "." + format.extension();
    }

    String path(Rendition rendition) {
        return path(id, rendition.width(), format);
    }

    String srcset() {
        return renditions.stream().map(r -> path(r) + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    Rendition smallest() {
        return renditions.getFirst();
    }

    Rendition largest() {
        return renditions.getLast();
    }

    /** The widest size up to the preferred width, else the smallest there is. */
    Rendition upTo(int preferredWidth) {
        return renditions.stream()
                .filter(r -> r.width() <= preferredWidth)
                .reduce((a, b) -> b)
                .orElse(smallest());
    }

    /** The texts in this language, else in the first of the given languages that has any. */
    Optional<PhotoText> text(String language, List<String> fallbackOrder) {
        PhotoText exact = texts.get(language);
        if (exact != null) {
            return Optional.of(exact);
        }
        return fallbackOrder.stream()
                .map(texts::get)
                .filter(t -> t != null)
                .findFirst()
                .or(() -> texts.keySet().stream().sorted().findFirst().map(texts::get));
    }
}
