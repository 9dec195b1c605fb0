package org.organizer.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings.
 *
 * @param pageSize results per page on the public search page
 * @param rebuildWhenEmpty whether the server rebuilds an empty index from the database when it starts
 */
@Validated
@ConfigurationProperties("organizer.search")
record SearchProperties(
        @Min(1) @Max(SearchRequest.MAX_SIZE) @DefaultValue("10")
        int pageSize,

        @DefaultValue("true") boolean rebuildWhenEmpty) {}
