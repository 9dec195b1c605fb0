package org.organizer.maps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The world's towns and cities with at least 1000 inhabitants (GeoNames, CC BY 4.0: credit "GeoNames" where
 * places are shown). Names match without regard to case, accents and punctuation, and by the alternate names
 * of places of 15,000 inhabitants or more ("Genova" finds Genoa). The data is read on first use, once.
 */
@Component
public class Gazetteer {

    static final String RESOURCE = "/maps/cities.tsv.gz";

    private volatile @Nullable PlaceIndex index;

    /** The most populous place of that name in the country (ISO 3166-1 alpha-2, any case). */
    public Optional<Place> find(String name, String country) {
        return index().find(name, country.toUpperCase(Locale.ROOT));
    }

    /** Places whose name or an alternate name starts with the prefix, most populous first, for suggestions. */
    public List<Place> search(String prefix, @Nullable String country, int limit) {
        return index().search(prefix, country == null ? null : country.toUpperCase(Locale.ROOT), limit);
    }

    /** Number of places, for diagnostics. */
    public int size() {
        return index().size();
    }

    /** Bytes held by the loaded gazetteer's arrays (not counting JVM object headers). */
    public long heapBytes() {
        return index().heapBytes();
    }

    private PlaceIndex index() {
        PlaceIndex loaded = index;
        if (loaded == null) {
            synchronized (this) {
                loaded = index;
                if (loaded == null) {
                    loaded = load();
                    index = loaded;
                }
            }
        }
        return loaded;
    }

    private static PlaceIndex load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return PlaceIndex.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
