package org.organizer.media;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A photo over the server's upload limit fails while the multipart body is parsed, which first happens
 * when the CSRF check reads its parameter: the reader would get a generic 400, and the error page itself
 * would fail on the same body. This filter, ahead of Spring Security, parses photo uploads itself and
 * answers an over-size one with 413: a problem detail for the API, and for the page a forward (as a GET
 * without the body) to the photo list, which shows the limit.
 */
final class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "org.organizer.media.UploadSizeFilter.tooLarge";
    static final String API_PATH = "/api/v1/media";
    static final String PAGE_PATH = "/admin/photos";

    private static final MultipartResolver MULTIPART = new StandardServletMultipartResolver();

    private final UploadLimits limits;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final JsonMapper json;

    UploadSizeFilter(UploadLimits limits, LocaleResolver locales, MessageSource messages, JsonMapper json) {
        this.limits = limits;
        this.locales = locales;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !(path.equals(API_PATH) || path.equals(PAGE_PATH))
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // Parsed once; Spring and the CSRF check reuse the parts. Spring's resolver knows how each servlet
            // container reports a body over the limits.
            MULTIPART.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            tooLarge(request, response);
            return;
        } catch (MultipartException malformed) {
            // Not over the limits, just broken: the usual handling answers it as a bad request.
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PhotoTooLarge problem = new PhotoTooLarge(limits.maxMegabytes());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String detail = messages.getMessage(
                    problem.messageKey(), problem.arguments(), problem.messageKey(), locales.resolveLocale(request));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(), ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail));
            return;
        }
        request.setAttribute(TOO_LARGE, problem);
        request.getRequestDispatcher(PAGE_PATH).forward(new WithoutBody(request), response);
    }

    /** The same request as a GET without a body, so nothing downstream tries to parse the upload again. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length");

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }
    }
}
