package org.organizer.web.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Answers anonymous requests for public pages from the page cache, ahead of Spring Session, Spring Security
 * and the DispatcherServlet; on a miss it lets the application render the page and keeps it when the
 * application marked it {@code Cache-Control: public}.
 */
final class PageCacheFilter extends HttpFilter {

    /** Headers that describe one transfer, or that this filter sets itself. */
    private static final Set<String> NOT_STORED = Set.of(
            "content-type",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "connection",
            "date",
            "etag",
            "vary",
            "set-cookie");

    private final CaffeinePageCache cache;

    PageCacheFilter(CaffeinePageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageKey key = PageKey.of(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage page = cache.get(key);
        if (page != null) {
            send(page, request, response);
            return;
        }
        if (request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response); // a HEAD response has no body to keep
            return;
        }
        long generation = cache.generation();
        CapturingResponse capture = new CapturingResponse(response, cache.maxPageBytes());
        chain.doFilter(request, capture);
        if (request.isAsyncStarted() || !capture.isCacheablePage()) {
            capture.passThrough();
            return;
        }
        page = CachedPage.of(response.getContentType(), storedHeaders(response), capture.body());
        cache.put(key, page, generation);
        response.reset();
        send(page, request, response);
    }

    private static List<CachedPage.Header> storedHeaders(HttpServletResponse response) {
        List<CachedPage.Header> headers = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        response.getHeaderNames().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        for (String name : names) {
            if (!NOT_STORED.contains(name)) {
                response.getHeaders(name).forEach(value -> headers.add(new CachedPage.Header(name, value)));
            }
        }
        headers.add(new CachedPage.Header(HttpHeaders.VARY, vary(response)));
        return headers;
    }

    private static String vary(HttpServletResponse response) {
        Set<String> vary = new LinkedHashSet<>();
        for (String value : response.getHeaders(HttpHeaders.VARY)) {
            for (String field : value.split(",")) {
                if (!field.isBlank()) {
                    vary.add(field.strip());
                }
            }
        }
        if (vary.stream().noneMatch(HttpHeaders.ACCEPT_ENCODING::equalsIgnoreCase)) {
            vary.add(HttpHeaders.ACCEPT_ENCODING);
        }
        return String.join(", ", vary);
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = page.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? page.gzipEtag() : page.etag();
        for (CachedPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.ETAG, etag);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzip() : page.raw();
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                return parts.length < 2 || !isZeroWeight(parts[1]);
            }
        }
        return false;
    }

    private static boolean isZeroWeight(String parameter) {
        String p = parameter.strip().toLowerCase(Locale.ROOT);
        if (!p.startsWith("q=")) {
            return false;
        }
        try {
            return Double.parseDouble(p.substring(2)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
