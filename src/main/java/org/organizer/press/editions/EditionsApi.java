package org.organizer.press.editions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleKind;
import org.organizer.press.ArticleSummary;
import org.organizer.web.SiteInfo;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published editions for API clients: the archive and one edition with its sections and article summaries. */
@RestController
@RequestMapping("/api/v1/editions")
@Tag(name = "Editions", description = "Numbered printed editions, their sections, supplements and articles")
class EditionsApi {

    private final Editions editions;
    private final SiteInfo site;

    EditionsApi(Editions editions, SiteInfo site) {
        this.editions = editions;
        this.site = site;
    }

    @GetMapping
    @Operation(summary = "Published editions, newest first, in one language or in all the publication's languages")
    public List<EditionSummaryResource> list(
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[a-z]{2,3}") String lang) {
        List<String> languages = lang == null ? site.languages() : site.publishesIn(lang) ? List.of(lang) : List.of();
        return languages.stream()
                .flatMap(l -> editions.archive(l).stream())
                .flatMap(year -> year.editions().stream())
                .map(EditionsApi::summary)
                .sorted(java.util.Comparator.comparing(EditionSummaryResource::date)
                        .reversed())
                .toList();
    }

    @GetMapping("/{lang}/{number}")
    @Operation(summary = "One published edition with its cover, sections and supplements (published articles only)")
    public EditionResource get(
            @PathVariable @Pattern(regexp = "[a-z]{2,3}") String lang,
            @PathVariable @Min(1) @Max(EditionDetails.MAX_NUMBER) int number) {
        if (!site.publishesIn(lang)) {
            throw EditionNotFound.forNumber(lang, number);
        }
        EditionView view = editions.published(lang, number);
        EditionDetails d = view.edition().details();
        return new EditionResource(
                view.edition().language(),
                d.number(),
                d.date(),
                d.currency().getCurrencyCode(),
                d.coverPrice(),
                d.solidarityPrice(),
                view.path(),
                view.cover() == null ? null : article(view.cover()),
                sections(view.sections()),
                sections(view.supplements()));
    }

    private static EditionSummaryResource summary(EditionListing e) {
        EditionDetails d = e.details();
        return new EditionSummaryResource(
                e.language(),
                d.number(),
                d.date(),
                d.currency().getCurrencyCode(),
                d.coverPrice(),
                d.solidarityPrice(),
                e.coverTitle(),
                e.path());
    }

    private static List<SectionResource> sections(List<EditionView.SectionView> sections) {
        return sections.stream()
                .map(s -> new SectionResource(
                        s.section().title(),
                        s.section().country(),
                        s.section().supplement(),
                        s.articles().stream().map(EditionsApi::article).toList()))
                .toList();
    }

    private static ArticleReference article(ArticleSummary a) {
        return new ArticleReference(
                a.id().value(), a.kind(), a.title(), a.standfirst(), a.byline(), a.country(), a.dateline(), a.path());
    }

    public record EditionSummaryResource(
            String language,
            int number,
            LocalDate date,
            String currency,
            BigDecimal coverPrice,
            BigDecimal solidarityPrice,
            @Nullable String coverTitle,
            String url) {}

    public record EditionResource(
            String language,
            int number,
            LocalDate date,
            String currency,
            BigDecimal coverPrice,
            BigDecimal solidarityPrice,
            String url,
            @Nullable ArticleReference cover,
            List<SectionResource> sections,
            List<SectionResource> supplements) {}

    public record SectionResource(
            String title, @Nullable String country, boolean supplement, List<ArticleReference> articles) {}

    public record ArticleReference(
            UUID id,
            ArticleKind kind,
            String title,
            String standfirst,
            String byline,
            String country,
            LocalDate dateline,
            String url) {}
}
