package org.organizer.funds;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public parts of funds for anyone, without a token: the same shape as the JSON export. */
@RestController
class FundsApi {

    private final PublicFunds publicFunds;
    private final FundExports exports;
    private final SiteInfo site;

    FundsApi(PublicFunds publicFunds, FundExports exports, SiteInfo site) {
        this.publicFunds = publicFunds;
        this.exports = exports;
        this.site = site;
    }

    @GetMapping("/api/v1/funds")
    ResponseEntity<List<Map<String, Object>>> funds(@RequestParam(required = false) @Nullable String lang) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, PublicFundPages.CACHE)
                .body(publicFunds.all(language(lang)).stream()
                        .map(exports::tree)
                        .toList());
    }

    @GetMapping("/api/v1/funds/{slug}")
    ResponseEntity<Map<String, Object>> fund(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String lang) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, PublicFundPages.CACHE)
                .body(exports.tree(publicFunds.account(slug, language(lang))));
    }

    private String language(@Nullable String lang) {
        return lang != null && site.publishesIn(lang) ? lang : site.defaultLanguage();
    }
}
