package org.organizer.funds;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pledge as its fund's treasurers see it, with the private e-mail address. The public sees a {@link
 * PublicPledge} instead. Fulfilled is what contributions linked to the pledge brought, in its currency.
 */
public record Pledge(
        UUID id,
        FundId fund,
        PledgerKind kind,
        String name,
        String country,
        String email,
        PledgeVisibility visibility,
        Money money,
        @Nullable Money wage,
        @Nullable Integer members,
        String language,
        Instant createdAt,
        @Nullable Instant confirmedAt,
        Money fulfilled) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** What is still to come; nothing once contributions reached or passed the amount. */
    public Money remaining() {
        return fulfilled.compareTo(money) >= 0 ? Money.zero(money.currency()) : money.minus(fulfilled);
    }

    /** What the public sees of this pledge, as the pledger chose. */
    public PublicPledge toPublic() {
        return new PublicPledge(
                id,
                visibility,
                visibility == PledgeVisibility.NAME ? name : null,
                visibility == PledgeVisibility.ANONYMOUS ? null : country,
                kind,
                money,
                wage,
                members,
                fulfilled,
                remaining(),
                confirmedAt == null ? createdAt : confirmedAt);
    }
}
