package org.organizer.funds.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.Balance;
import org.organizer.funds.ConvertedTotal;
import org.organizer.funds.Fund;
import org.organizer.funds.LedgerEntry;
import org.organizer.funds.PaymentMethod;
import org.organizer.funds.Pledge;
import org.organizer.funds.Receipt;

/** One fund for its treasurers and administrators: balances, converted totals, the ledger and its forms. */
public record FundPage(
        Fund fund,
        String language,
        boolean administrator,
        boolean treasurer,
        List<Balance> balances,
        @Nullable ConvertedTotal converted,
        @Nullable Problem conversionProblem,
        List<LedgerEntry> entries,
        List<Pledge> pledges,
        List<Receipt> receipts,
        @Nullable Problem problem,
        Typed typed,
        @Nullable String notice,
        String today) {

    public List<PaymentMethod> methods() {
        return List.of(PaymentMethod.values());
    }

    /** The receipts attached to one disbursement. */
    public List<Receipt> receiptsOf(LedgerEntry entry) {
        return receipts.stream().filter(r -> r.entry().equals(entry.id())).toList();
    }

    public boolean problemIn(String form) {
        return problem != null && problem.form().equals(form);
    }
}
