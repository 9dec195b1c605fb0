package org.organizer.funds.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.PublicAccount;
import org.organizer.funds.PublicPledge;

/** A fund's public account page: the account, its charts drawn as SVG, and a notice after a confirmation. */
public record PublicFundPage(
        PublicAccount account,
        @Nullable String countryChart,
        @Nullable String currencyChart,
        @Nullable String notice) {

    /** The page lists the most recent conversion lines; all of them are in entries.json and the API. */
    public static final int CONVERSIONS_SHOWN = 100;

    /** The page lists the most recent disbursements; all of them are in the exports and the API. */
    public static final int DISBURSEMENTS_SHOWN = 100;

    /** The page lists the most recent public pledges; all of them are in entries.json and the API. */
    public static final int PLEDGERS_SHOWN = 100;

    public List<PublicPledge> recentPledgers() {
        List<PublicPledge> all = account.pledgers();
        return all.subList(Math.max(0, all.size() - PLEDGERS_SHOWN), all.size()).reversed();
    }

    public List<PublicAccount.PublicDisbursement> recentDisbursements() {
        List<PublicAccount.PublicDisbursement> all = account.disbursements();
        return all.subList(Math.max(0, all.size() - DISBURSEMENTS_SHOWN), all.size())
                .reversed();
    }

    /** The latest pledge conversions with a rate (the pledges list shows every pledge). */
    public List<PublicAccount.PledgeConversion> recentPledgeConversions() {
        List<PublicAccount.PledgeConversion> converted = account.pledgeConversions().stream()
                .filter(c -> c.rate() != null)
                .toList();
        return converted.subList(Math.max(0, converted.size() - CONVERSIONS_SHOWN), converted.size());
    }

    public long pledgeConversionsWithRate() {
        return account.pledgeConversions().stream()
                .filter(c -> c.rate() != null)
                .count();
    }

    public List<PublicAccount.Conversion> recentConversions() {
        List<PublicAccount.Conversion> all = account.conversions();
        return all.subList(Math.max(0, all.size() - CONVERSIONS_SHOWN), all.size());
    }
}
