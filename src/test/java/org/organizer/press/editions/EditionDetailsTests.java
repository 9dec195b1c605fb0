package org.organizer.press.editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditionDetailsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> EditionDetails.of(0, null, "XYZ", new BigDecimal("-1"), null))
                .isInstanceOfSatisfying(
                        InvalidEdition.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "press.edition.error.number",
                                        "press.edition.error.date",
                                        "press.edition.error.currency",
                                        "press.edition.error.coverPrice",
                                        "press.edition.error.solidarityPrice"));
    }

    @Test
    void theSolidarityPriceIsNeverBelowTheCoverPrice() {
        assertThatThrownBy(() -> EditionDetails.of(7, DAY, "EUR", new BigDecimal("2"), new BigDecimal("1.99")))
                .isInstanceOfSatisfying(
                        InvalidEdition.class,
                        e -> assertThat(e.errors()).containsExactly("press.edition.error.solidarityBelowCover"));
        assertThat(EditionDetails.of(7, DAY, "eur", new BigDecimal("2"), new BigDecimal("2"))
                        .solidarityPrice())
                .isEqualByComparingTo("2");
    }

    @Test
    void amountsHaveTheDecimalsOfTheirCurrency() {
        EditionDetails euros = EditionDetails.of(7, DAY, "EUR", new BigDecimal("1.5"), new BigDecimal("3"));
        assertThat(euros.coverPrice()).isEqualTo(new BigDecimal("1.50"));
        assertThat(euros.coverPrice(Locale.ENGLISH)).contains("1.50");
        assertThat(EditionDetails.of(7, DAY, "TND", new BigDecimal("1.250"), new BigDecimal("2"))
                        .coverPrice())
                .isEqualTo(new BigDecimal("1.250"));
        assertThatThrownBy(() -> EditionDetails.of(7, DAY, "EUR", new BigDecimal("1.555"), new BigDecimal("3")))
                .isInstanceOf(InvalidEdition.class);
    }

    @Test
    void theFormAcceptsADecimalCommaAndRejectsWords() {
        EditionForm form = new EditionForm("12", "2026-12-01", "eur", "1,50", "3", "en");
        assertThat(form.details().coverPrice()).isEqualTo(new BigDecimal("1.50"));
        assertThatThrownBy(() -> new EditionForm("twelve", "2026-12-01", "EUR", "one", "3", "en").details())
                .isInstanceOfSatisfying(
                        InvalidEdition.class,
                        e -> assertThat(e.errors())
                                .containsExactly("press.edition.error.number", "press.edition.error.coverPrice"));
    }
}
