package org.organizer.cases.memorials;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published memorials for anyone, in one language: the same as the public pages. */
@RestController
@Tag(name = "Memorials", description = "The people killed in one event, as published")
@RequestMapping("/api/v1/memorials")
class MemorialsApi {

    private final Memorials memorials;
    private final SiteInfo site;

    MemorialsApi(Memorials memorials, SiteInfo site) {
        this.memorials = memorials;
        this.site = site;
    }

    @GetMapping
    @Operation(summary = "Memorials published in a language (default: the site's first language)")
    ResponseEntity<List<PublicMemorial>> list(@RequestParam(required = false) @Nullable String language) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(memorials.publishedIn(language(language)));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One memorial as published in a language (default: the site's first language)")
    ResponseEntity<PublicMemorial> item(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String language) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(memorials.published(slug, language(language)));
    }

    private String language(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return site.languages().getFirst();
        }
        if (!site.publishesIn(language)) {
            throw new MemorialNotFound();
        }
        return language;
    }
}
