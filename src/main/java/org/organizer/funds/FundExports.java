package org.organizer.funds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fund's public account as CSV, JSON and an Atom feed. Everything here starts from a {@link
 * PublicAccount}, which holds no private field; amounts are written as exact decimal strings.
 */
@Component
class FundExports {

    static final String CSV_HEADER = "id,kind,date,amount,currency,pledge,purpose,recipient,reverses";

    private final JsonMapper json;
    private final MessageSource messages;
    private final String base;

    FundExports(JsonMapper json, MessageSource messages, PlatformProperties platform) {
        this.json = json;
        this.messages = messages;
        this.base = platform.baseUrl().toString().replaceAll("/+$", "");
    }

    String csv(PublicAccount account) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (PublicAccount.PublicEntry e : account.entries()) {
            out.append(String.join(
                            ",",
                            e.id().toString(),
                            e.kind(),
                            e.date().toString(),
                            e.money().plain(),
                            e.money().currencyCode(),
                            e.pledge() == null ? "" : e.pledge().toString(),
                            cell(e.purpose()),
                            cell(e.recipient()),
                            e.reverses() == null ? "" : e.reverses().toString()))
                    .append("\r\n");
        }
        return out.toString();
    }

    byte[] json(PublicAccount account) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(account));
    }

    /** The account as plain maps and lists: the API's and the export's documented shape. */
    private static @Nullable Map<String, Object> link(PublicAccount.@Nullable Link link) {
        if (link == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", link.title());
        row.put("href", link.href());
        row.put("date", link.date() == null ? null : link.date().toString());
        return row;
    }

    Map<String, Object> tree(PublicAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", a.slug());
        m.put("language", a.language());
        m.put("title", a.title());
        m.put("description", a.description());
        m.put("currency", a.currency().getCurrencyCode());
        m.put("target", money(a.target()));
        m.put("status", a.status().name().toLowerCase(Locale.ROOT));
        m.put("opensOn", a.opensOn().toString());
        m.put("closesOn", a.closesOn() == null ? null : a.closesOn().toString());
        m.put("raised", money(a.raised()));
        m.put("spent", money(a.spent()));
        m.put("percentOfTarget", a.percent());
        m.put("missingRate", missingRate(a.missingRate()));
        m.put("pledgedTotal", money(a.pledgedTotal()));
        m.put("pledgedMissingRate", missingRate(a.pledgedMissingRate()));
        m.put("call", link(a.call()));
        m.put("dayOfAction", link(a.dayOfAction()));
        m.put(
                "byCurrency",
                a.byCurrency().stream()
                        .map(c -> Map.of(
                                "currency", c.currencyCode(),
                                "pledged", c.pledged().plain(),
                                "received", c.received().plain(),
                                "disbursed", c.disbursed().plain()))
                        .toList());
        m.put(
                "byCountry",
                a.byCountry().stream()
                        .map(c -> countryAmount(c.country(), "received", c.received()))
                        .toList());
        m.put(
                "pledgedByCountry",
                a.pledgedByCountry().stream()
                        .map(c -> countryAmount(c.country(), "pledged", c.pledged()))
                        .toList());
        m.put(
                "pledgeConversions",
                a.pledgeConversions().stream()
                        .map(c -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("confirmedOn", c.date().toString());
                            row.put("original", money(c.original()));
                            row.put("rate", c.rate());
                            row.put(
                                    "rateDate",
                                    c.rateDate() == null ? null : c.rateDate().toString());
                            row.put("converted", money(c.converted()));
                            return row;
                        })
                        .toList());
        m.put(
                "conversions",
                a.conversions().stream()
                        .map(c -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("date", c.date().toString());
                            row.put("effect", c.effect().name().toLowerCase(Locale.ROOT));
                            row.put("original", money(c.original()));
                            row.put("rate", c.rate());
                            row.put(
                                    "rateDate",
                                    c.rateDate() == null ? null : c.rateDate().toString());
                            row.put("converted", money(c.converted()));
                            row.put("entries", c.entries());
                            return row;
                        })
                        .toList());
        m.put(
                "pledges",
                a.pledgers().stream()
                        .map(p -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("id", p.id().toString());
                            row.put("shown", p.visibility().code());
                            row.put("name", p.name());
                            row.put("country", p.country());
                            row.put("amount", money(p.money()));
                            row.put("wagePerMember", money(p.wage()));
                            row.put("members", p.members());
                            row.put("fulfilled", money(p.fulfilled()));
                            row.put("remaining", money(p.remaining()));
                            row.put("confirmedAt", p.confirmedAt().toString());
                            return row;
                        })
                        .toList());
        m.put(
                "disbursements",
                a.disbursements().stream()
                        .map(d -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("id", d.id().toString());
                            row.put("date", d.date().toString());
                            row.put("amount", money(d.money()));
                            row.put("purpose", d.purpose());
                            row.put("recipient", d.recipient());
                            return row;
                        })
                        .toList());
        m.put(
                "entries",
                a.entries().stream()
                        .map(e -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("id", e.id().toString());
                            row.put("kind", e.kind());
                            row.put("date", e.date().toString());
                            row.put("amount", money(e.money()));
                            row.put(
                                    "pledge",
                                    e.pledge() == null ? null : e.pledge().toString());
                            row.put("purpose", e.purpose());
                            row.put("recipient", e.recipient());
                            row.put(
                                    "reverses",
                                    e.reverses() == null ? null : e.reverses().toString());
                            return row;
                        })
                        .toList());
        m.put("lastUpdated", a.lastUpdated().toString());
        m.put("page", page(a));
        return m;
    }

    /** An Atom feed of the fund's updates: received and spent money and confirmed pledges, newest first. */
    byte[] atom(PublicAccount a) {
        Locale locale = Locale.of(a.language());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(a.title());
        feed.setDescription(message("funds.feed.description", locale, a.title()));
        feed.setLink(page(a));
        feed.setUri(base + "/" + a.language() + "/funds/" + a.slug() + "/feed.atom");
        feed.setLanguage(a.language());
        feed.setPublishedDate(Date.from(a.lastUpdated()));
        feed.setLinks(
                List.of(link("alternate", "text/html", page(a)), link("self", "application/atom+xml", feed.getUri())));
        record Item(java.time.Instant at, String id, String title) {}
        List<Item> items = new ArrayList<>();
        for (PublicAccount.PublicEntry e : a.entries()) {
            String title = switch (e.kind()) {
                case "contribution" ->
                    message("funds.feed.received", locale, e.money().toString(), e.date());
                case "disbursement" ->
                    message("funds.feed.disbursed", locale, e.money().toString(), e.date(), e.purpose());
                default -> message("funds.feed.reversed", locale, e.money().toString(), e.date());
            };
            items.add(new Item(e.recordedAt(), "urn:uuid:" + e.id(), title));
        }
        for (PublicPledge p : a.pledgers()) {
            String who = p.name() != null
                    ? p.name()
                    : p.country() != null
                            ? Locale.of("", p.country()).getDisplayCountry(locale)
                            : message("funds.public.anonymous", locale);
            items.add(new Item(
                    p.confirmedAt(),
                    "urn:uuid:" + p.id(),
                    message("funds.feed.pledged", locale, who, p.money().toString())));
        }
        items.sort((x, y) -> y.at().compareTo(x.at()));
        feed.setEntries(items.stream()
                .map(item -> {
                    SyndEntry entry = new SyndEntryImpl();
                    entry.setTitle(item.title());
                    entry.setUri(item.id());
                    entry.setLink(page(a));
                    entry.setPublishedDate(Date.from(item.at()));
                    entry.setUpdatedDate(Date.from(item.at()));
                    SyndContent summary = new SyndContentImpl();
                    summary.setType("text");
                    summary.setValue(item.title());
                    entry.setDescription(summary);
                    return entry;
                })
                .toList());
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME could not write the fund's feed", e);
        }
    }

    private String page(PublicAccount a) {
        return base + "/" + a.language() + "/funds/" + a.slug();
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static @Nullable Map<String, String> missingRate(PublicAccount.@Nullable MissingRate rate) {
        return rate == null
                ? null
                : Map.of(
                        "from",
                        rate.from(),
                        "to",
                        rate.to(),
                        "date",
                        rate.date().toString());
    }

    /** One country's amount; a null country (entries without one) stays in the JSON as null. */
    private static Map<String, Object> countryAmount(@Nullable String country, String name, Money amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("country", country);
        row.put(name, money(amount));
        return row;
    }

    private static @Nullable Map<String, String> money(@Nullable Money money) {
        return money == null ? null : Map.of("amount", money.plain(), "currency", money.currencyCode());
    }

    /** RFC 4180: quoted when needed, inner quotes doubled; a leading formula sign is neutralised. */
    private static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
