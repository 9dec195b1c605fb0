package org.organizer.funds;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What someone pledges on a fund's public page: who (an organisation or a person, its country, a private
 * e-mail address for the confirmation), what the public may see, and the amount — either fixed, or one
 * day's wage per member × the number of members, computed exactly at the currency's minor units.
 */
public record NewPledge(
        PledgerKind kind,
        String name,
        String country,
        String email,
        PledgeVisibility visibility,
        Money money,
        @Nullable Money wage,
        @Nullable Integer members,
        String language) {

    static final int MAX_MEMBERS = 10_000_000;
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s<>\"(),;:\\\\]+@[^@\\s<>\"(),;:\\\\]+\\.[^@\\s<>\"(),;:\\\\]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public NewPledge {
        EntryRules.positive(money);
        if ((wage == null) != (members == null)) {
            throw new IllegalArgumentException("a wage goes with a number of members");
        }
    }

    /** One day's wage per member × members, exact: the product has the wage's minor units. */
    public static Money daysWage(Money wage, int members) {
        if (members < 1 || members > MAX_MEMBERS) {
            throw new InvalidPledge("funds.error.pledge.members", MAX_MEMBERS);
        }
        return Money.of(wage.amount().multiply(BigDecimal.valueOf(members)), wage.currency());
    }

    /** From the form's fields; every problem is a named exception with a translated message. */
    public static NewPledge typed(
            @Nullable String kind,
            @Nullable String name,
            @Nullable String country,
            @Nullable String email,
            @Nullable String visibility,
            @Nullable String basis,
            @Nullable String amount,
            @Nullable String currency,
            @Nullable String wage,
            @Nullable String members,
            String language) {
        PledgerKind who = PledgerKind.parse(kind).orElseThrow(() -> new InvalidPledge("funds.error.pledge.kind"));
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            throw new InvalidPledge("funds.error.pledge.name.missing");
        }
        if (named.length() > 200) {
            throw new InvalidPledge("funds.error.pledge.name.long", 200);
        }
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidPledge("funds.error.pledge.country");
        }
        String address = email == null ? "" : email.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidPledge("funds.error.pledge.email");
        }
        PledgeVisibility shown = PledgeVisibility.parse(visibility)
                .orElseThrow(() -> new InvalidPledge("funds.error.pledge.visibility"));
        if ("wage".equals(basis)) {
            Money perMember = Money.of(wage, currency);
            EntryRules.positive(perMember);
            int count;
            try {
                count = Integer.parseInt(members == null ? "" : members.strip());
            } catch (NumberFormatException e) {
                throw new InvalidPledge("funds.error.pledge.members", MAX_MEMBERS);
            }
            return new NewPledge(
                    who, named, code, address, shown, daysWage(perMember, count), perMember, count, language);
        }
        if (!"fixed".equals(basis)) {
            throw new InvalidPledge("funds.error.pledge.basis");
        }
        return new NewPledge(who, named, code, address, shown, Money.of(amount, currency), null, null, language);
    }
}
