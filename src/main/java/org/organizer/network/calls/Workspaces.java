package org.organizer.network.calls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.UserId;
import org.organizer.network.Call;
import org.organizer.network.CallStatus;
import org.organizer.network.Organisations;
import org.organizer.press.Markdown;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the views of calls in the reader's language. */
@Component
class Workspaces {

    private final CallService service;
    private final CallRepository calls;
    private final Organisations organisations;
    private final Accounts accounts;
    private final JsonMapper json;
    private final SiteInfo site;

    Workspaces(
            CallService service,
            CallRepository calls,
            Organisations organisations,
            Accounts accounts,
            JsonMapper json,
            SiteInfo site) {
        this.service = service;
        this.calls = calls;
        this.organisations = organisations;
        this.accounts = accounts;
        this.json = json;
        this.site = site;
    }

    CallViews.Workspace workspace(
            Actor actor,
            Call call,
            String language,
            List<String> errors,
            @Nullable String notice,
            Map<String, String> typed) {
        List<CallRepository.Comment> comments = calls.comments(call.id());
        List<CallViews.Paragraph> paragraphs = new ArrayList<>();
        List<String> texts = Paragraphs.of(call.original().body());
        for (int i = 0; i < texts.size(); i++) {
            int number = i + 1;
            paragraphs.add(new CallViews.Paragraph(
                    number, Markdown.toSafeHtml(texts.get(i)), threads(comments, number, language)));
        }
        boolean manager = service.manages(actor, call);
        CallViews.Poll poll = calls.poll(call.id())
                .map(p -> new CallViews.Poll(p.open(), p.dates(), service.tally(p, language)))
                .orElse(null);
        CallViews.Decision decision = calls.decision(call.id())
                .map(d -> new CallViews.Decision(
                        d.date(),
                        d.at(),
                        person(d.by()),
                        Arrays.asList(json.readValue(d.participants(), String[].class)),
                        Arrays.asList(json.readValue(d.tally(), PollTally.DateTally[].class))))
                .orElse(null);
        return new CallViews.Workspace(
                call.id().toString(),
                call.status().code(),
                call.original().title(),
                call.originalLanguage(),
                call.originalDate(),
                call.decidedDate(),
                issuerNames(call, language),
                manager,
                organisations.organisationsRepresentedBy(actor.id()).stream()
                        .map(o -> new CallViews.Choice(o.id().toString(), o.name(language, site.defaultLanguage())))
                        .toList(),
                paragraphs,
                threads(comments, null, language),
                calls.amendments(call.id()).stream()
                        .map(a -> new CallViews.Amendment(
                                a.id(),
                                a.paragraph(),
                                a.replacement(),
                                a.reason(),
                                service.name(a.organisation(), language),
                                a.state().toLowerCase(java.util.Locale.ROOT),
                                a.decisionReason()))
                        .toList(),
                poll,
                decision,
                versions(call),
                manager
                        ? call.status().next().stream()
                                .sorted()
                                .map(CallStatus::code)
                                .toList()
                        : List.of(),
                calls.history(call.id()).stream()
                        .map(h -> new CallViews.HistoryEntry(h.at(), person(h.by()), h.kind(), h.detail()))
                        .toList(),
                call.original().body(),
                errors,
                notice,
                typed);
    }

    CallViews.Item item(Call call, String language) {
        Call.Version version = call.version(language).orElse(call.original());
        return new CallViews.Item(
                call.id().toString(),
                version.slug(),
                version.title(),
                version.language(),
                call.status().code(),
                call.decidedDate(),
                issuerNames(call, language));
    }

    List<String> issuerNames(Call call, String language) {
        return call.issuers().stream()
                .map(o -> service.name(o, language))
                .sorted()
                .toList();
    }

    static List<CallViews.Version> versions(Call call) {
        return call.versions().stream()
                .map(v -> new CallViews.Version(v.language(), v.title(), v.slug(), v.published()))
                .toList();
    }

    private List<CallViews.Comment> threads(
            List<CallRepository.Comment> all, @Nullable Integer paragraph, String language) {
        return all.stream()
                .filter(c -> c.parent() == null && java.util.Objects.equals(c.paragraph(), paragraph))
                .map(c -> comment(
                        c,
                        all.stream()
                                .filter(r -> r.parent() != null && r.parent() == c.id())
                                .map(r -> comment(r, List.of(), language))
                                .toList(),
                        language))
                .toList();
    }

    private CallViews.Comment comment(CallRepository.Comment c, List<CallViews.Comment> replies, String language) {
        return new CallViews.Comment(
                c.id(), service.name(c.organisation(), language), person(c.author()), c.body(), c.at(), replies);
    }

    private String person(@Nullable UserId id) {
        return id == null ? "" : accounts.byId(id).map(Actor::displayName).orElse("");
    }
}
