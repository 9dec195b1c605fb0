package org.organizer.web.cache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a cached page is found by: the address as the client sent it (the same for GET and HEAD) and the
 * language. Only anonymous requests for public pages have a key; everything else bypasses the cache.
 *
 * @param language the language in the path; for {@code /}, which has none, what the page's language is chosen
 *     from (the {@code lang} cookie and {@code Accept-Language})
 */
record PageKey(String uri, String query, String language) {

    static final String SESSION_COOKIE = "SESSION";
    private static final String LANGUAGE_COOKIE = "lang";
    private static final Pattern PUBLIC_PAGE = Pattern.compile("/|/([a-z]{2,3})/.*");
    private static final Set<String> NOT_PAGES =
            Set.of("admin", "api", "account", "login", "logout", "setup", "actuator", "css", "error");

    static @Nullable PageKey of(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return null;
        }
        if (request.getHeader("Authorization") != null || cookie(request, SESSION_COOKIE) != null) {
            return null;
        }
        // Decide on the decoded, normalised path the application will route by, not on the raw URI.
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        Matcher page = PUBLIC_PAGE.matcher(path);
        if (!page.matches()) {
            return null;
        }
        String language = page.group(1);
        if (language != null && NOT_PAGES.contains(language)) {
            return null;
        }
        if (language == null) {
            language = Objects.toString(cookie(request, LANGUAGE_COOKIE), "") + "|"
                    + Objects.toString(request.getHeader("Accept-Language"), "");
        }
        return new PageKey(request.getRequestURI(), Objects.toString(request.getQueryString(), ""), language);
    }

    int weight() {
        return 64 + 2 * (uri.length() + query.length() + language.length());
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
