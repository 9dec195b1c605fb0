package org.organizer.network;

import java.util.Locale;
import java.util.Optional;

/** What sort of organisation it is; {@link #code()} is its name in addresses and the API. */
public enum OrganisationKind {
    TRADE_UNION,
    PARTY,
    ASSOCIATION,
    COMMITTEE,
    NETWORK,
    PUBLICATION;

    /** "trade-union", "party", ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts "trade-union", "trade_union" or "TRADE_UNION". */
    public static Optional<OrganisationKind> parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (OrganisationKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
