package org.organizer.cases;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * A document over the server's multipart limit (spring.servlet.multipart.*) fails while the body is parsed,
 * which first happens when the CSRF check reads its parameter, and would end in a generic error. Ahead of
 * Spring Security, this filter parses the uploads of documents and photos of persons itself (Spring and the
 * CSRF check then reuse the parts) and answers an over-size one by sending the case worker back to the case
 * page, which names the limit.
 */
final class CaseUploadLimitFilter extends OncePerRequestFilter {

    /** The query parameter the case page reads to show the refusal. */
    static final String REFUSED = "refused";

    static final String TOO_LARGE = "uploadTooLarge";

    private static final Pattern PATH =
            Pattern.compile("/admin/cases/([0-9a-fA-F-]{36})/(documents|persons/[0-9a-fA-F-]{36}/photos)");
    private static final MultipartResolver MULTIPART = new StandardServletMultipartResolver();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !PATH.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            MULTIPART.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            Matcher m = PATH.matcher(path(request));
            m.matches();
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(
                    HttpHeaders.LOCATION,
                    request.getContextPath() + "/admin/cases/" + m.group(1) + "?" + REFUSED + "=" + TOO_LARGE);
            response.setHeader(HttpHeaders.CONNECTION, "close");
            return;
        } catch (MultipartException malformed) {
            // Not over the limits, just broken: the usual handling answers it as a bad request.
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
