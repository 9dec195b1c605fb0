package org.organizer.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public pages carry their language in the path ({@code /es/...}). Other pages (admin, login, setup) use
 * the language the user picked ({@code ?lang=}, remembered in a cookie), else the browser's preference
 * among the interface languages, else the site's default.
 */
class LanguageLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lang";

    private final SiteInfo site;

    LanguageLocaleResolver(SiteInfo site) {
        this.site = site;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String fromPath = languageInPath(originalUri(request));
        if (fromPath != null && site.publishesIn(fromPath)) {
            return Locale.of(fromPath);
        }
        String chosen = request.getAttribute(COOKIE) instanceof String justChosen ? justChosen : cookie(request);
        if (chosen != null && Languages.INTERFACE.contains(chosen)) {
            return Locale.of(chosen);
        }
        if (request.getHeader("Accept-Language") != null) {
            for (var range : Locale.LanguageRange.parse(safeHeader(request.getHeader("Accept-Language")))) {
                String lang = range.getRange().split("-")[0];
                if (Languages.INTERFACE.contains(lang)) {
                    return Locale.of(lang);
                }
            }
        }
        return Locale.of(Languages.interfaceLanguageFor(site.defaultLanguage()));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response == null || locale == null || !Languages.INTERFACE.contains(locale.getLanguage())) {
            return;
        }
        request.setAttribute(COOKIE, locale.getLanguage());
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** An error page is rendered for the address the reader asked for, not for /error. */
    private static String originalUri(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
    }

    static @Nullable String languageInPath(String uri) {
        int end = uri.indexOf('/', 1);
        String first = end < 0 ? uri.substring(1) : uri.substring(1, end);
        return Languages.isValidCode(first) ? first : null;
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** A malformed Accept-Language header must not turn a page into an error. */
    private static String safeHeader(String header) {
        try {
            Locale.LanguageRange.parse(header);
            return header;
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }
}
