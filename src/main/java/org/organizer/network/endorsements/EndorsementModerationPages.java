package org.organizer.network.endorsements;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.network.endorsements.EndorsementRepository.State;
import org.organizer.network.endorsements.EndorsementRepository.Stored;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' moderation of a call's endorsements, next to the call's own working page. */
@Controller
@RequestMapping("/account/calls/{id}/endorsements")
class EndorsementModerationPages {

    private static final Map<String, String> NOTICES = Map.of(
            "approved", "network.endorsements.moderation.approved",
            "rejected", "network.endorsements.moderation.rejected",
            "withdrawn", "network.endorsements.moderation.withdrawn");

    private final EndorsementService service;
    private final Organisations organisations;
    private final Accounts accounts;

    EndorsementModerationPages(EndorsementService service, Organisations organisations, Accounts accounts) {
        this.service = service;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @GetMapping
    String page(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String notice,
            Authentication auth,
            Model model) {
        return page(model, actor(auth), callId(id), List.of(), notice == null ? null : NOTICES.get(notice));
    }

    @PostMapping("/{endorsement}/approve")
    String approve(
            @PathVariable String id,
            @PathVariable String endorsement,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(id, auth, model, response, "approved", (a, c) -> service.approve(a, c, uuid(endorsement)));
    }

    @PostMapping("/{endorsement}/reject")
    String reject(
            @PathVariable String id,
            @PathVariable String endorsement,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(id, auth, model, response, "rejected", (a, c) -> service.reject(a, c, uuid(endorsement), reason));
    }

    @PostMapping("/{endorsement}/withdraw")
    String withdraw(
            @PathVariable String id,
            @PathVariable String endorsement,
            @RequestParam(defaultValue = "") String reason,
            Authentication auth,
            Model model,
            HttpServletResponse response) {
        return act(id, auth, model, response, "withdrawn", (a, c) -> service.withdraw(a, c, uuid(endorsement), reason));
    }

    interface Action {
        void run(Actor actor, CallId call);
    }

    private String act(
            String id, Authentication auth, Model model, HttpServletResponse response, String notice, Action action) {
        Actor actor = actor(auth);
        CallId call = callId(id);
        try {
            action.run(actor, call);
            return "redirect:/account/calls/" + call + "/endorsements?notice=" + notice;
        } catch (InvalidEndorsementInput | EndorsementStateConflict e) {
            response.setStatus(e.status().value());
            List<String> errors =
                    e instanceof InvalidEndorsementInput invalid ? invalid.errors() : List.of(e.messageKey());
            return page(model, actor, call, errors, null);
        }
    }

    private String page(Model model, Actor actor, CallId id, List<String> errors, @Nullable String notice) {
        Call call = service.anyCall(actor, id);
        List<Stored> all = service.all(actor, id);
        model.addAttribute(
                "page",
                new EndorsementViews.Moderation(
                        id.toString(),
                        service.title(call, LocaleContextHolder.getLocale().getLanguage()),
                        moderated(all, e -> e.state() == State.PENDING),
                        moderated(all, e -> e.state() == State.PUBLIC),
                        moderated(all, e -> e.state() != State.PENDING && e.state() != State.PUBLIC),
                        service.log(actor, id).stream()
                                .map(l -> new EndorsementViews.LogLine(
                                        l.at(),
                                        all.stream()
                                                .filter(e -> e.id().equals(l.endorsement()))
                                                .map(Stored::name)
                                                .findFirst()
                                                .orElse(""),
                                        l.by(),
                                        l.action(),
                                        l.reason()))
                                .toList(),
                        errors,
                        notice));
        return "network/endorsements/moderation";
    }

    private List<EndorsementViews.Moderated> moderated(List<Stored> all, Predicate<Stored> which) {
        return all.stream()
                .filter(which)
                .map(e -> new EndorsementViews.Moderated(
                        e.id().toString(),
                        e.name(),
                        e.kind(),
                        e.country(),
                        e.website(),
                        e.signerName(),
                        e.signerRole(),
                        e.email(),
                        e.organisation() == null
                                ? null
                                : organisations
                                        .byId(e.organisation())
                                        .map(Organisation::slug)
                                        .orElse(null),
                        e.state().name().toLowerCase(java.util.Locale.ROOT),
                        e.confirmedAt()))
                .toList();
    }

    private static CallId callId(String text) {
        return CallId.parse(text).orElseThrow(() -> new EndorsementNotFound("network.calls.error.notFound"));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new EndorsementNotFound("network.endorsements.error.notFound");
        }
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}
