package org.organizer.distribution.announce;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** What an announcement is about; editors switch each kind on or off per channel. */
@NamedInterface("announce")
public enum AnnouncementKind {
    CALL_OPENED,
    CALL_DATE_DECIDED,
    ENDORSEMENTS_DIGEST,
    FUND_OPENED,
    DISBURSEMENT_APPROVED,
    FUND_TARGET_REACHED;

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<AnnouncementKind> ofCode(String code) {
        for (AnnouncementKind kind : values()) {
            if (kind.code().equals(code)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
