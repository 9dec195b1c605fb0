package org.organizer.setup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until setup is done, every page request is sent to the setup page; assets, the API and health pass. */
final class SetupFilter extends OncePerRequestFilter {

    private static final List<String> PASS_PREFIXES = List.of("/setup", "/css/", "/actuator/", "/api/", "/error");
    private static final List<String> PASS_EXACT = List.of("/setup", "/favicon.ico", "/robots.txt");

    private final SetupState state;

    SetupFilter(SetupState state) {
        this.state = state;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (state.isSetUp()
                || passes(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/setup");
    }

    static boolean passes(String path) {
        if (PASS_EXACT.contains(path)) {
            return true;
        }
        for (String prefix : PASS_PREFIXES) {
            if (path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/") || path.equals(prefix)) {
                return true;
            }
        }
        return false;
    }
}
