package org.organizer.cases.campaigns;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.cases.CaseIds;
import org.organizer.cases.web.Problem;
import org.organizer.web.SiteInfo;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaign page of a case under /admin/cases/{id}/campaign: the team writes demands, plans hearings and
 * records the address; the team and editors approve or reject solidarity messages. A refused form shows the
 * page again with the translated reason, what was typed, and a 400.
 */
@Controller
class CampaignPages {

    private final Campaigns campaigns;
    private final Accounts accounts;
    private final SiteInfo site;

    CampaignPages(Campaigns campaigns, Accounts accounts, SiteInfo site) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping("/admin/cases/{id}/campaign")
    String show(Authentication auth, @PathVariable String id, Model model) {
        return page(model, actor(auth), caseId(id), Map.of(), null);
    }

    private String page(Model model, Actor actor, UUID caseId, Map<String, String> form, @Nullable Problem problem) {
        model.addAttribute(
                "page",
                new CampaignAdminPage(
                        campaigns.campaign(actor, caseId),
                        campaigns.mayWrite(actor, caseId),
                        site.languages(),
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        form,
                        problem));
        return "cases/campaigns/admin";
    }

    @PostMapping("/admin/cases/{id}/campaign/demands")
    String demands(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(
                auth,
                id,
                form,
                model,
                response,
                (a, c) -> campaigns.putDemands(a, c, get(form, "language"), get(form, "demands")));
    }

    @PostMapping("/admin/cases/{id}/campaign/hearings")
    String hearing(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(
                auth,
                id,
                form,
                model,
                response,
                (a, c) ->
                        campaigns.planHearing(a, c, get(form, "startsAt"), get(form, "timeZone"), get(form, "place")));
    }

    @PostMapping("/admin/cases/{id}/campaign/hearings/{hearing}/cancel")
    String cancel(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String hearing,
            Model model,
            HttpServletResponse response) {
        return write(auth, id, Map.of(), model, response, (a, c) -> campaigns.cancelHearing(a, c, other(hearing)));
    }

    @PostMapping("/admin/cases/{id}/campaign/address")
    String address(
            Authentication auth,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        return write(
                auth,
                id,
                form,
                model,
                response,
                (a, c) -> campaigns.recordAddress(
                        a, c, get(form, "address"), get(form, "allowedBy"), get(form, "allowedOn")));
    }

    @PostMapping("/admin/cases/{id}/campaign/address/withdraw")
    String withdrawAddress(Authentication auth, @PathVariable String id, Model model, HttpServletResponse response) {
        return write(auth, id, Map.of(), model, response, campaigns::withdrawAddress);
    }

    @PostMapping("/admin/cases/{id}/campaign/messages/{message}/{decision:approve|reject}")
    String decide(
            Authentication auth,
            @PathVariable String id,
            @PathVariable String message,
            @PathVariable String decision,
            Model model,
            HttpServletResponse response) {
        return write(
                auth,
                id,
                Map.of(),
                model,
                response,
                (a, c) -> campaigns.decide(a, c, other(message), decision.equals("approve")));
    }

    private interface Write {
        void apply(Actor actor, UUID caseId);
    }

    private String write(
            Authentication auth,
            String id,
            Map<String, String> form,
            Model model,
            HttpServletResponse response,
            Write action) {
        Actor actor = actor(auth);
        UUID caseId = caseId(id);
        try {
            action.apply(actor, caseId);
            return "redirect:/admin/cases/" + caseId + "/campaign";
        } catch (InvalidCampaignInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, actor, caseId, form, new Problem(e.messageKey(), e.arguments()));
        }
    }

    private static String get(Map<String, String> form, String name) {
        return form.getOrDefault(name, "");
    }

    private static UUID caseId(String value) {
        return CaseIds.parse(value, CampaignNotFound::new);
    }

    private static UUID other(String value) {
        return CaseIds.parse(value, () -> new InvalidCampaignInput("cases.solidarity.error.unknown"));
    }

    private Actor actor(Authentication auth) {
        return accounts.signedIn(auth);
    }
}
