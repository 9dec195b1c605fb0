package org.organizer.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Method security ({@code @PreAuthorize}) on API controllers throws inside the MVC layer, where catch-all
 * exception handlers would turn it into a 500. It is answered here first, like the filter chain would:
 * 401 without a token, 403 when the token's role is too low.
 */
@Component
class ApiAccessDenied implements HandlerExceptionResolver, Ordered {

    private final ApiProblemResponses problems;

    ApiAccessDenied(ApiProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        if (!(e instanceof AccessDeniedException denied) || !isApi(request)) {
            return null;
        }
        try {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
                problems.commence(request, response, new InsufficientAuthenticationException("no token", denied));
            } else {
                problems.handle(request, response, denied);
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new ModelAndView();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
