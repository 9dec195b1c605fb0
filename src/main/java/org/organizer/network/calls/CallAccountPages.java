package org.organizer.network.calls;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.web.SiteInfo;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The working pages of calls for the signed-in: representatives of member organisations, issuers, editors.
 * A refused action shows the page again, with its status, the message and what was typed.
 */
@Controller
@RequestMapping("/account/calls")
class CallAccountPages {

    static final Map<String, String> NOTICES = Map.of(
            "created", "network.calls.notice.created",
            "saved", "network.calls.notice.saved",
            "commented", "network.calls.notice.commented",
            "proposed", "network.calls.notice.proposed",
            "answered", "network.calls.notice.answered",
            "decided", "network.calls.notice.decided");

    private final CallService service;
    private final Workspaces views;
    private final Organisations organisations;
    private final Accounts accounts;
    private final SiteInfo site;

    CallAccountPages(
            CallService service, Workspaces views, Organisations organisations, Accounts accounts, SiteInfo site) {
        this.service = service;
        this.views = views;
        this.organisations = organisations;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping
    String list(Authentication auth, Model model) {
        return list(actor(auth), model, List.of(), Map.of());
    }

    @PostMapping
    String create(
            @RequestParam Map<String, String> params, Authentication auth, Model model, HttpServletResponse response) {
        Actor actor = actor(auth);
        List<String> issuers = params.entrySet().stream()
                .filter(e -> e.getKey().startsWith("issuer.") && e.getValue().equals("on"))
                .map(e -> e.getKey().substring("issuer.".length()))
                .toList();
        try {
            CallId id = service.create(
                    actor,
                    issuers,
                    params.getOrDefault("originalDate", ""),
                    params.getOrDefault("language", ""),
                    params.getOrDefault("title", ""),
                    params.getOrDefault("body", ""));
            return "redirect:/account/calls/" + id + "?notice=created";
        } catch (InvalidCallInput e) {
            response.setStatus(e.status().value());
            return list(actor, model, e.errors(), params);
        }
    }

    @GetMapping("/{id}")
    String workspace(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Authentication auth,
            Model model) {
        Actor actor = actor(auth);
        Call call = service.get(actor, id(id));
        model.addAttribute(
                "page",
                views.workspace(
                        actor, call, language(), List.of(), notice == null ? null : NOTICES.get(notice), Map.of()));
        return "network/calls/workspace";
    }

    @PostMapping("/{id}/status")
    String status(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "saved",
                (actor, call) -> service.changeStatus(actor, call, params.getOrDefault("status", "")));
    }

    @PostMapping("/{id}/versions")
    String version(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "saved",
                (actor, call) -> service.saveVersion(
                        actor,
                        call,
                        params.getOrDefault("language", ""),
                        params.getOrDefault("title", ""),
                        params.getOrDefault("body", "")));
    }

    @PostMapping("/{id}/versions/{language}/publish")
    String publish(
            @PathVariable String id,
            @PathVariable String language,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "saved",
                (actor, call) -> service.publishVersion(actor, call, language));
    }

    @PostMapping("/{id}/comments")
    String comment(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "commented",
                (actor, call) -> service.comment(
                        actor,
                        call,
                        params.getOrDefault("organisation", ""),
                        params.getOrDefault("commentParagraph", ""),
                        params.getOrDefault("parent", ""),
                        params.getOrDefault("comment", "")));
    }

    @PostMapping("/{id}/amendments")
    String propose(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "proposed",
                (actor, call) -> service.propose(
                        actor,
                        call,
                        params.getOrDefault("organisation", ""),
                        params.getOrDefault("amendParagraph", ""),
                        params.getOrDefault("replacement", ""),
                        params.getOrDefault("reason", "")));
    }

    @PostMapping("/{id}/amendments/{amendment}/accept")
    String accept(
            @PathVariable String id,
            @PathVariable long amendment,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(id, params, auth, model, response, "saved", (actor, call) -> service.accept(actor, call, amendment));
    }

    @PostMapping("/{id}/amendments/{amendment}/reject")
    String reject(
            @PathVariable String id,
            @PathVariable long amendment,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "saved",
                (actor, call) -> service.reject(actor, call, amendment, params.getOrDefault("rejectReason", "")));
    }

    @PostMapping("/{id}/poll")
    String openPoll(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "saved",
                (actor, call) -> service.openPoll(actor, call, params.getOrDefault("dates", "")));
    }

    @PostMapping("/{id}/poll/answers")
    String answer(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "answered",
                (actor, call) -> service.answer(
                        actor,
                        call,
                        params.getOrDefault("organisation", ""),
                        prefixed(params, "answer."),
                        prefixed(params, "note.")));
    }

    @PostMapping("/{id}/poll/close")
    String closePoll(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(
                id,
                params,
                auth,
                model,
                response,
                "decided",
                (actor, call) -> service.closePoll(actor, call, params.getOrDefault("date", "")));
    }

    interface Action {
        void run(Actor actor, CallId call);
    }

    /**
     * Runs an action and goes back to the call's page. Input and state problems show the page again with the
     * status and what was typed; unknown calls and refusals become error pages.
     */
    private String act(
            String id,
            Map<String, String> params,
            Authentication auth,
            Model model,
            HttpServletResponse response,
            String notice,
            Action action) {
        Actor actor = actor(auth);
        CallId call = id(id);
        try {
            action.run(actor, call);
            return "redirect:/account/calls/" + call + "?notice=" + notice;
        } catch (InvalidCallInput | CallStateConflict e) {
            response.setStatus(e.status().value());
            List<String> errors = e instanceof InvalidCallInput invalid ? invalid.errors() : List.of(e.messageKey());
            model.addAttribute(
                    "page", views.workspace(actor, service.get(actor, call), language(), errors, null, params));
            return "network/calls/workspace";
        }
    }

    private String list(Actor actor, Model model, List<String> errors, Map<String, String> typed) {
        String language = language();
        List<Organisation> issuers = actor.can(Role.EDITOR)
                ? organisations.search(null, null, null)
                : organisations.organisationsRepresentedBy(actor.id());
        Map<String, String> values = new LinkedHashMap<>(typed);
        values.putIfAbsent("language", site.defaultLanguage());
        model.addAttribute(
                "page",
                new CallViews.AccountList(
                        service.visibleTo(actor).stream()
                                .map(c -> views.item(c, language))
                                .toList(),
                        issuers.stream()
                                .map(o -> new CallViews.Choice(
                                        o.id().toString(), o.name(language, site.defaultLanguage())))
                                .toList(),
                        errors,
                        values));
        return "network/calls/account-list";
    }

    private static Map<String, String> prefixed(Map<String, String> params, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k.substring(prefix.length()), v);
            }
        });
        return found;
    }

    static CallId id(String text) {
        return CallId.parse(text).orElseThrow(CallNotFound::new);
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}
