package org.organizer.print;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Print settings.
 *
 * @param tabloidColumns body columns on a tabloid page (280 × 430 mm)
 * @param a3Columns body columns on an A3 page
 * @param a4Columns body columns on an A4 page
 * @param jumpAfter an article body longer than this many characters is cut at the next paragraph boundary
 *     after it and continued at the end of the edition
 */
@Validated
@ConfigurationProperties("organizer.print")
record PrintProperties(
        @Min(1) @Max(6) @DefaultValue("5") int tabloidColumns,
        @Min(1) @Max(6) @DefaultValue("5") int a3Columns,
        @Min(1) @Max(6) @DefaultValue("3") int a4Columns,
        @Min(200) @DefaultValue("2500") int jumpAfter) {

    int columns(PageSize size) {
        return switch (size) {
            case TABLOID -> tabloidColumns;
            case A3 -> a3Columns;
            case A4 -> a4Columns;
        };
    }
}
