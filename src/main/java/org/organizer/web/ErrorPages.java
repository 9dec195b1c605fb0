package org.organizer.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside controllers (unknown addresses, rejected requests, security) end here: the API
 * gets a problem detail, pages a friendly page. No stack trace or exception text is ever shown.
 */
@Controller
class ErrorPages implements ErrorController {

    private final SiteInfo site;
    private final MessageSource messages;
    private final RoleHierarchy roles;

    ErrorPages(SiteInfo site, MessageSource messages, RoleHierarchy roles) {
        this.roles = roles;
        this.site = site;
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request, HttpServletResponse response) {
        int status = shownStatus(statusOf(request));
        if (isApi(request)) {
            return problem(request);
        }
        response.setStatus(statusOf(request));
        ModelAndView view = new ModelAndView("error");
        view.addObject("ctx", PageContextAdvice.PageContexts.of(request, site, messages, roles));
        view.addObject("status", status);
        view.addObject("messageKey", "web.error." + status + ".message");
        view.setStatus(HttpStatus.valueOf(statusOf(request)));
        return view;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = statusOf(request);
        Locale locale = LocaleContextHolder.getLocale();
        String key = "web.error." + shownStatus(status) + ".message";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(status), messages.getMessage(key, null, key, locale));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && HttpStatus.resolve(i) != null ? i : 500;
    }

    /** The statuses that have their own translated page; others show as the nearest of them. */
    static int shownStatus(int status) {
        return switch (status) {
            case 400, 403, 404, 405, 413, 429 -> status;
            default -> status >= 500 ? 500 : 400;
        };
    }
}
