package org.organizer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages become a friendly page in the reader's language, with the right status. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final SiteInfo site;
    private final MessageSource messages;
    private final RoleHierarchy roles;

    PageErrors(SiteInfo site, MessageSource messages, RoleHierarchy roles) {
        this.roles = roles;
        this.site = site;
        this.messages = messages;
    }

    @ExceptionHandler
    ModelAndView userFacing(UserFacingException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, e.status(), e.messageKey());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, HttpStatus.BAD_REQUEST, "web.error.400.message");
    }

    /** Let Spring Security turn these into a login redirect or a 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    void accessDenied(Exception e) throws Exception {
        throw e;
    }

    @ExceptionHandler
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error on page {}", request.getRequestURI(), e);
        return page(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "web.error.500.message");
    }

    private ModelAndView page(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("ctx", PageContextAdvice.PageContexts.of(request, site, messages, roles));
        view.addObject("status", ErrorPages.shownStatus(status.value()));
        view.addObject("messageKey", messageKey);
        return view;
    }
}
