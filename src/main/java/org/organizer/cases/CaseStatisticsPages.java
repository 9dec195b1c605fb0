package org.organizer.cases;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.organizer.cases.web.StatisticsPage;
import org.organizer.web.SiteInfo;
import org.organizer.web.SvgBars;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Public statistics of cases (page with bar charts drawn on the server, CSV, API) and the CSV export of every
 * public value of every public case. Only cases and values the public pages show are counted or exported.
 */
@Controller
class CaseStatisticsPages {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final CaseStatisticsService statistics;
    private final SiteInfo site;
    private final MessageSource messages;

    CaseStatisticsPages(CaseStatisticsService statistics, SiteInfo site, MessageSource messages) {
        this.statistics = statistics;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/statistics")
    String page(@PathVariable String lang, Model model, HttpServletResponse response) {
        requireLanguage(lang);
        Locale locale = Locale.of(lang);
        CaseStatistics counts = statistics.statistics();
        model.addAttribute(
                "page",
                new StatisticsPage(
                        counts,
                        lang,
                        chart(
                                locale,
                                "country",
                                counts.byCountry(),
                                key -> Locale.of("", key).getDisplayCountry(locale)),
                        chart(locale, "status", counts.byStatus(), key -> message("cases.status." + key, locale)),
                        chart(
                                locale,
                                "year",
                                counts.byYear(),
                                key -> key.isEmpty() ? message("cases.statistics.year.none", locale) : key)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        return "cases/statistics";
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases/statistics.csv")
    ResponseEntity<String> statisticsCsv(@PathVariable String lang) {
        requireLanguage(lang);
        CaseStatistics counts = statistics.statistics();
        StringBuilder out = new StringBuilder("dimension,key,cases\r\n");
        rows(out, "country", counts.byCountry());
        rows(out, "status", counts.byStatus());
        rows(out, "year", counts.byYear());
        return csv(out, "case-statistics.csv");
    }

    @GetMapping("/{lang:[a-z]{2,3}}/cases.csv")
    ResponseEntity<String> casesCsv(@PathVariable String lang) {
        requireLanguage(lang);
        StringBuilder out = new StringBuilder("case,country,status,part,kind,date,field,language,value\r\n");
        statistics.eachPublicCase(c -> {
            for (PublicCase.PublicValue v : c.values()) {
                row(out, c, "case", "", "", v);
            }
            for (PublicCase.PublicPart p : c.persons()) {
                p.values().forEach(v -> row(out, c, "person", p.kind(), "", v));
            }
            for (PublicCase.PublicEvent e : c.events()) {
                e.values()
                        .forEach(v ->
                                row(out, c, "event", e.kind().name(), e.date().toString(), v));
            }
            for (PublicCase.PublicPart p : c.institutions()) {
                p.values().forEach(v -> row(out, c, "institution", p.kind(), "", v));
            }
            for (PublicCase.PublicPart p : c.sources()) {
                p.values().forEach(v -> row(out, c, "source", "", "", v));
            }
        });
        return csv(out, "cases.csv");
    }

    @GetMapping("/api/v1/cases/statistics")
    @ResponseBody
    @Operation(summary = "Counts of the public cases by country, status and year of their first public event")
    ResponseEntity<CaseStatistics> api() {
        return ResponseEntity.ok().cacheControl(CACHE).body(statistics.statistics());
    }

    private String chart(
            Locale locale, String dimension, List<CaseStatistics.Count> counts, Function<String, String> label) {
        return SvgBars.draw(
                message("cases.statistics.by." + dimension, locale),
                message("cases.statistics.chart.desc", locale),
                counts.stream()
                        .map(c -> new SvgBars.Bar(
                                label.apply(c.key()),
                                java.math.BigDecimal.valueOf(c.cases()),
                                Long.toString(c.cases())))
                        .toList());
    }

    private static void rows(StringBuilder out, String dimension, List<CaseStatistics.Count> counts) {
        counts.forEach(c -> out.append(dimension)
                .append(',')
                .append(cell(c.key()))
                .append(',')
                .append(c.cases())
                .append("\r\n"));
    }

    private static void row(
            StringBuilder out, PublicCase c, String part, String kind, String date, PublicCase.PublicValue v) {
        out.append(String.join(
                        ",",
                        cell(c.slug()),
                        cell(c.country()),
                        cell(c.status().name()),
                        cell(part),
                        cell(kind),
                        cell(date),
                        cell(v.name()),
                        cell(v.language()),
                        cell(v.value())))
                .append("\r\n");
    }

    private static ResponseEntity<String> csv(StringBuilder out, String filename) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }

    /** A quoted CSV cell; text that spreadsheets would take for a formula is prefixed with an apostrophe. */
    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private void requireLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw new CaseNotFound();
        }
    }
}
