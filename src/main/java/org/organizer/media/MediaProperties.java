package org.organizer.media;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How uploaded photos are checked and stored.
 *
 * @param maxPixels the most pixels (width × height) a photo may have; checked from its header before decoding,
 *     so a small file that unpacks into a huge picture is refused without using the memory
 * @param maxSide the most pixels on either side
 * @param widths the widths stored for responsive images; never wider than the original
 * @param defaultWidth the width used for a plain {@code src} (the widest stored width up to this one)
 * @param jpegQuality JPEG quality of stored files, from 0.1 to 1
 * @param concurrentDecodes how many uploads are decoded at the same time, to bound memory
 */
@Validated
@ConfigurationProperties("organizer.media")
public record MediaProperties(
        @Min(1) @DefaultValue("50000000") long maxPixels,
        @Min(1) @DefaultValue("12000") int maxSide,
        @NotEmpty @DefaultValue({"480", "960", "1600"}) List<@Min(16) Integer> widths,
        @Min(16) @DefaultValue("960") int defaultWidth,

        @DecimalMin("0.1") @DecimalMax("1.0") @DefaultValue("0.85")
        float jpegQuality,

        @Min(1) @DefaultValue("2") int concurrentDecodes) {

    public List<Integer> sortedWidths() {
        return widths.stream().distinct().sorted().toList();
    }
}
