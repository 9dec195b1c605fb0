package org.organizer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts a {@link PageContext} named {@code ctx} into the model of every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageContextAdvice {

    private final SiteInfo site;
    private final MessageSource messages;
    private final RoleHierarchy roles;

    PageContextAdvice(SiteInfo site, MessageSource messages, RoleHierarchy roles) {
        this.site = site;
        this.messages = messages;
        this.roles = roles;
    }

    @ModelAttribute("ctx")
    PageContext pageContext(HttpServletRequest request) {
        return PageContexts.of(request, site, messages, roles);
    }

    static final class PageContexts {
        private PageContexts() {}

        /** Roles include the ones they imply, so a page asking for editors also shows to administrators. */
        static PageContext of(
                HttpServletRequest request, SiteInfo site, MessageSource messages, RoleHierarchy hierarchy) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn =
                    auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
            Set<String> roles = signedIn
                    ? hierarchy.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                            .map(GrantedAuthority::getAuthority)
                            .filter(a -> a != null && a.startsWith("ROLE_"))
                            .map(a -> a.substring(5))
                            .collect(Collectors.toUnmodifiableSet())
                    : Set.of();
            return new PageContext(
                    LocaleContextHolder.getLocale(),
                    site,
                    messages,
                    (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                    signedIn ? auth.getName() : null,
                    roles,
                    request.getRequestURI());
        }
    }
}
