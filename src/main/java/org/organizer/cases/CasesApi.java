package org.organizer.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public values of cases for anyone: the same as the public pages, never a network or case-team value. */
@RestController
@Tag(name = "Cases", description = "Public values of case files of repression")
@RequestMapping("/api/v1/cases")
class CasesApi {

    private final Cases cases;

    CasesApi(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Cases with public values, filtered by country (ISO alpha-2) and status")
    ResponseEntity<List<PublicCase>> list(
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(cases.publicCases(country, status));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One case's public values")
    ResponseEntity<PublicCase> item(@PathVariable String slug) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(cases.publicCase(slug));
    }
}
