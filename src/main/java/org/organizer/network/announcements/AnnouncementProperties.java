package org.organizer.network.announcements;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the daily digest of new endorsements goes out.
 *
 * @param digestAt the time of day
 * @param digestZone the time zone of that time
 */
@Validated
@ConfigurationProperties("organizer.network.announcements")
record AnnouncementProperties(
        @NotNull @DefaultValue("18:00") LocalTime digestAt,
        @NotNull @DefaultValue("UTC") ZoneId digestZone) {}
