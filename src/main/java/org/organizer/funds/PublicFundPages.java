package org.organizer.funds;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.web.PledgePage;
import org.organizer.funds.web.Problem;
import org.organizer.funds.web.PublicFundListPage;
import org.organizer.funds.web.PublicFundPage;
import org.organizer.funds.web.Typed;
import org.organizer.web.SiteInfo;
import org.organizer.web.SvgBars;
import org.organizer.web.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public side of funds: the list, each fund's account with SVG charts, the pledge form and its
 * confirmation, the CSV and JSON exports of the public entries and the Atom feed. The account, exports and
 * feed are cached (Cache-Control public, max-age=60, dropped on every change of a fund); the pledge form
 * carries a CSRF token, so it is a page of its own and never cached.
 */
@Controller
class PublicFundPages {

    static final String LANG = "/{lang:[a-z]{2,3}}/funds";
    static final String SLUG = "{slug:[a-z0-9]+(?:-[a-z0-9]+)*}";
    static final String TOKEN = "{token:[A-Za-z0-9_-]{20,100}}";
    static final String CACHE = "public, max-age=60";
    private static final Map<String, String> NOTICES =
            Map.of("sent", "funds.pledge.notice.sent", "confirmed", "funds.pledge.notice.confirmed");

    private final PublicFunds publicFunds;
    private final Pledges pledges;
    private final FundExports exports;
    private final SiteInfo site;
    private final MessageSource messages;

    PublicFundPages(
            PublicFunds publicFunds, Pledges pledges, FundExports exports, SiteInfo site, MessageSource messages) {
        this.publicFunds = publicFunds;
        this.pledges = pledges;
        this.exports = exports;
        this.site = site;
        this.messages = messages;
    }

    @GetMapping(LANG)
    String list(@PathVariable String lang, Model model, HttpServletResponse response) {
        requireLanguage(lang);
        model.addAttribute("page", new PublicFundListPage(publicFunds.summaries(lang)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        return "funds/readers/list";
    }

    @GetMapping(LANG + "/" + SLUG)
    String fund(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String notice,
            Model model,
            HttpServletResponse response) {
        requireLanguage(lang);
        PublicAccount account = publicFunds.summary(slug, lang);
        Locale locale = Locale.of(lang);
        model.addAttribute(
                "page",
                new PublicFundPage(
                        account,
                        countryChart(account, locale),
                        currencyChart(account, locale),
                        notice == null ? null : NOTICES.get(notice)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        return "funds/readers/fund";
    }

    @GetMapping(LANG + "/" + SLUG + "/pledge")
    String pledgeForm(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String notice,
            Model model,
            HttpServletResponse response) {
        requireLanguage(lang);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return pledgePage(
                model,
                lang,
                publicFunds.summary(slug, lang),
                null,
                Typed.none(),
                notice == null ? null : NOTICES.get(notice));
    }

    @PostMapping(LANG + "/" + SLUG + "/pledge")
    String pledge(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        requireLanguage(lang);
        PublicAccount account = publicFunds.summary(slug, lang);
        try {
            pledges.pledge(
                    slug,
                    NewPledge.typed(
                            form.get("kind"),
                            form.get("name"),
                            form.get("country"),
                            form.get("email"),
                            form.get("visibility"),
                            form.get("basis"),
                            form.get("amount"),
                            form.get("currency"),
                            form.get("wage"),
                            form.get("members"),
                            lang));
        } catch (FundNotFound e) {
            throw e;
        } catch (UserFacingException e) {
            response.setStatus(e.status().value());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            Map<String, String> kept = new LinkedHashMap<>(form);
            kept.remove("_csrf");
            return pledgePage(
                    model,
                    lang,
                    account,
                    new Problem("pledge", e.messageKey(), Arrays.asList(e.arguments())),
                    new Typed("pledge", kept),
                    null);
        }
        return "redirect:/" + lang + "/funds/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                + "/pledge?notice=sent";
    }

    /** The link in the mail leads to a page with a button, never to a change on GET (mail scanners open links). */
    @GetMapping(LANG + "/" + SLUG + "/pledges/confirm/" + TOKEN)
    String confirmPage(
            @PathVariable String lang,
            @PathVariable String slug,
            @PathVariable String token,
            Model model,
            HttpServletResponse response) {
        requireLanguage(lang);
        if (!pledges.confirmationPending(token)) {
            throw new PledgeLinkInvalid();
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("action", "/" + lang + "/funds/" + slug + "/pledges/confirm/" + token);
        model.addAttribute("title", publicFunds.summary(slug, lang).title());
        return "funds/readers/confirm";
    }

    @PostMapping(LANG + "/" + SLUG + "/pledges/confirm/" + TOKEN)
    String confirm(@PathVariable String lang, @PathVariable String slug, @PathVariable String token) {
        requireLanguage(lang);
        pledges.confirm(token);
        return "redirect:/" + lang + "/funds/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8)
                + "?notice=confirmed";
    }

    @GetMapping(LANG + "/" + SLUG + "/entries.csv")
    ResponseEntity<String> csv(@PathVariable String lang, @PathVariable String slug) {
        requireLanguage(lang);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + slug + ".csv\"")
                .body(exports.csv(publicFunds.account(slug, lang)));
    }

    @GetMapping(LANG + "/" + SLUG + "/entries.json")
    ResponseEntity<byte[]> json(@PathVariable String lang, @PathVariable String slug) {
        requireLanguage(lang);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .body(exports.json(publicFunds.account(slug, lang)));
    }

    @GetMapping(LANG + "/" + SLUG + "/feed.atom")
    ResponseEntity<byte[]> feed(@PathVariable String lang, @PathVariable String slug) {
        requireLanguage(lang);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .body(exports.atom(publicFunds.account(slug, lang)));
    }

    private String pledgePage(
            Model model,
            String lang,
            PublicAccount account,
            @Nullable Problem problem,
            Typed typed,
            @Nullable String notice) {
        Locale locale = Locale.of(lang);
        Collator collator = Collator.getInstance(locale);
        List<String> countries = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
        countries.sort(Comparator.comparing(c -> Locale.of("", c).getDisplayCountry(locale), collator));
        model.addAttribute("page", new PledgePage(account, List.copyOf(countries), problem, typed, notice));
        return "funds/readers/pledge";
    }

    private @Nullable String countryChart(PublicAccount account, Locale locale) {
        if (account.byCountry().isEmpty()) {
            return null;
        }
        List<SvgBars.Bar> bars = account.byCountry().stream()
                .map(c -> new SvgBars.Bar(
                        c.country() == null
                                ? message("funds.public.country.notStated", locale)
                                : Locale.of("", c.country()).getDisplayCountry(locale),
                        c.received().amount(),
                        c.received().toString()))
                .toList();
        return SvgBars.draw(
                message("funds.public.chart.country.title", locale),
                message(
                        "funds.public.chart.country.desc",
                        locale,
                        account.currency().getCurrencyCode()),
                bars);
    }

    /** Received per original currency, bars sized by the converted amount, labelled with both. */
    private @Nullable String currencyChart(PublicAccount account, Locale locale) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (PublicAccount.Conversion c : account.conversions()) {
            int sign = switch (c.effect()) {
                case RECEIVED -> 1;
                case UNRECEIVED -> -1;
                default -> 0;
            };
            if (sign == 0) {
                continue;
            }
            BigDecimal[] sums = byCurrency.computeIfAbsent(
                    c.original().currencyCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(c.original().amount().multiply(BigDecimal.valueOf(sign)));
            sums[1] = sums[1].add(c.converted().amount().multiply(BigDecimal.valueOf(sign)));
        }
        if (byCurrency.isEmpty()) {
            return null;
        }
        String target = account.currency().getCurrencyCode();
        List<SvgBars.Bar> bars = new ArrayList<>();
        byCurrency.forEach((code, sums) -> bars.add(new SvgBars.Bar(
                code,
                sums[1].max(BigDecimal.ZERO),
                code.equals(target)
                        ? sums[0].toPlainString() + " " + code
                        : sums[0].toPlainString() + " " + code + " ≈ " + sums[1].toPlainString() + " " + target)));
        return SvgBars.draw(
                message("funds.public.chart.currency.title", locale),
                message("funds.public.chart.currency.desc", locale, target),
                bars);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private void requireLanguage(String lang) {
        if (!site.publishesIn(lang)) {
            throw new FundNotFound();
        }
    }
}
