package org.organizer.network.days;

import java.text.Collator;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.organizer.accounts.Actor;
import org.organizer.media.PhotoId;
import org.organizer.network.DayOfAction;
import org.organizer.network.Organisations;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleKind;
import org.organizer.press.Newsroom;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the reports of a day into a draft report article in the publication's default language: one section per
 * country, one per action under it, with the report's text and its photos as {@code ![](photo:<id>)} lines
 * (shown as figures with their captions). It then goes through the normal review and translation workflow.
 */
@Component
class RoundUps {

    private final Newsroom newsroom;
    private final Organisations organisations;
    private final SiteInfo site;
    private final MessageSource messages;

    RoundUps(Newsroom newsroom, Organisations organisations, SiteInfo site, MessageSource messages) {
        this.newsroom = newsroom;
        this.organisations = organisations;
        this.site = site;
        this.messages = messages;
    }

    Article draft(Actor actor, DayOfAction day, List<Action> actions, Map<UUID, List<Report>> reports) {
        String language = site.defaultLanguage();
        Locale locale = Locale.of(language);
        List<Action> reported =
                actions.stream().filter(a -> reports.containsKey(a.id())).toList();
        Collator collator = Collator.getInstance(locale);
        Map<String, List<Action>> byCountry = reported.stream()
                .sorted(Comparator.comparing((Action a) -> country(a.country(), locale), collator)
                        .thenComparing(Action::city, collator))
                .collect(Collectors.groupingBy(Action::country, LinkedHashMap::new, Collectors.toList()));
        StringBuilder body = new StringBuilder();
        byCountry.forEach((country, inCountry) -> {
            body.append("## ").append(country(country, locale)).append("\n\n");
            for (Action action : inCountry) {
                section(body, action, reports.get(action.id()), language, locale);
            }
        });
        String mostReported = byCountry.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey)
                .orElseThrow();
        String title = day.title(language, language);
        ArticleContent content = ArticleContent.of(
                cut(message("network.days.roundup.title", locale, title), ArticleContent.MAX_TITLE),
                message("network.days.roundup.standfirst", locale, reported.size(), byCountry.size()),
                body.toString(),
                actor.displayName().isBlank() ? site.title() : actor.displayName(),
                mostReported,
                day.date(),
                null,
                ArticleKind.REPORT,
                null,
                null,
                null);
        return newsroom.create(actor, language, content);
    }

    private void section(StringBuilder body, Action action, List<Report> reports, String language, Locale locale) {
        body.append("### ")
                .append(action.city())
                .append(" — ")
                .append(message("network.days.kind." + action.kind().code(), locale))
                .append("\n\n");
        String organiser = organiser(action, language);
        body.append("*").append(organiser).append("*");
        reports.stream()
                .map(Report::turnout)
                .filter(t -> t != null)
                .max(Integer::compare)
                .ifPresent(t -> body.append(" · ")
                        .append(message(
                                "network.days.roundup.turnout",
                                locale,
                                NumberFormat.getIntegerInstance(locale).format(t))));
        body.append("\n\n");
        for (Report report : reports) {
            body.append(report.text()).append("\n\n");
            for (PhotoId photo : report.photos()) {
                body.append("![](photo:").append(photo).append(")\n\n");
            }
        }
    }

    private String organiser(Action action, String language) {
        if (action.organisation() == null) {
            return action.organiser();
        }
        return organisations
                .byId(action.organisation())
                .map(o -> o.name(language, site.defaultLanguage()))
                .orElse(action.organiser());
    }

    private static String country(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
