package org.organizer.funds;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A fund's title and description in one language. */
public record FundText(String language, String title, String description) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public FundText {
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidFund("funds.error.language");
        }
        if (title.isBlank()) {
            throw new InvalidFund("funds.error.title.missing");
        }
        if (title.length() > 200) {
            throw new InvalidFund("funds.error.title.long", 200);
        }
        if (description.length() > 5000) {
            throw new InvalidFund("funds.error.description.long", 5000);
        }
    }

    public static FundText of(@Nullable String language, @Nullable String title, @Nullable String description) {
        return new FundText(
                language == null ? "" : language.strip(),
                title == null ? "" : title.strip(),
                description == null ? "" : description.strip());
    }
}
