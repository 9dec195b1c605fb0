package org.organizer.network.endorsements;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.organizer.network.Call;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives the public call page its endorsements (the template network/calls/endorsements.jte shows them): the
 * call pages stay unaware of endorsements.
 */
@ControllerAdvice(basePackages = "org.organizer.network.calls")
class EndorsementSlot {

    static final String CALL_PAGE = "/{lang:[a-z]{2,3}}/calls/{slug}";

    private final EndorsementService service;

    EndorsementSlot(EndorsementService service) {
        this.service = service;
    }

    @ModelAttribute
    void endorsements(HttpServletRequest request, Model model) {
        if (!"GET".equals(request.getMethod())
                || !CALL_PAGE.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars)
                || !(vars.get("lang") instanceof String lang)
                || !(vars.get("slug") instanceof String slug)) {
            return;
        }
        try {
            Call call = service.publicCall(lang, slug);
            model.addAttribute("endorsements", service.summary(call, lang, slug));
        } catch (EndorsementNotFound e) {
            // the call page answers not found itself
        }
    }
}
