package org.organizer.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Holds back the body of a response that may become a cached page. As soon as it is clear that it will not
 * (not 200, not {@code Cache-Control: public}, a cookie set, or larger than a cached page may be), the
 * held bytes are written out and the rest streams through unchanged.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private boolean passingThrough;
    private boolean cookieSet;
    private long contentLength = -1;
    private @Nullable ServletOutputStream stream;
    private @Nullable PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** True when the finished response is one to keep: call after the filter chain returned. */
    boolean isCacheablePage() throws IOException {
        flushWriter();
        return !passingThrough
                && !cookieSet
                && getStatus() == HttpServletResponse.SC_OK
                && isPublic(this)
                && getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
    }

    byte[] body() {
        return buffer.toByteArray();
    }

    /** Sends what was held back and lets everything else through. */
    void passThrough() throws IOException {
        flushWriter();
        startPassingThrough();
    }

    /** Not flushing the writer: this also runs while the writer is writing into the held bytes. */
    private void startPassingThrough() throws IOException {
        if (passingThrough) {
            return;
        }
        passingThrough = true;
        if (contentLength >= 0) {
            super.setContentLengthLong(contentLength);
        }
        if (buffer.size() > 0) {
            super.getOutputStream().write(buffer.toByteArray());
            buffer.reset();
        }
    }

    static boolean isPublic(HttpServletResponse response) {
        for (String value : response.getHeaders(HttpHeaders.CACHE_CONTROL)) {
            for (String directive : value.split(",")) {
                if (directive.strip().equalsIgnoreCase("public")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean worthHolding(int more) {
        return !cookieSet
                && getStatus() == HttpServletResponse.SC_OK
                && isPublic(this)
                && buffer.size() + more <= limit;
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        if (stream == null) {
            stream = new HoldingStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called for this response");
            }
            String encoding = getCharacterEncoding();
            setCharacterEncoding(encoding); // makes the charset part of the Content-Type, as getWriter() would
            stream = new HoldingStream();
            writer = new PrintWriter(new OutputStreamWriter(stream, Charset.forName(encoding)));
        }
        return writer;
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        cookieSet |= name.equalsIgnoreCase(HttpHeaders.SET_COOKIE);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        cookieSet |= name.equalsIgnoreCase(HttpHeaders.SET_COOKIE);
        super.addHeader(name, value);
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (passingThrough) {
            super.setContentLengthLong(length);
        } else {
            contentLength = length;
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        buffer.reset();
        startPassingThrough();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        buffer.reset();
        startPassingThrough();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        buffer.reset();
        startPassingThrough();
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() throws IOException {
        flushWriter();
        if (passingThrough) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return passingThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (passingThrough) {
            super.resetBuffer();
        } else {
            buffer.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        buffer.reset();
        cookieSet = false;
        contentLength = -1;
    }

    private final class HoldingStream extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!passingThrough && !worthHolding(length)) {
                startPassingThrough();
            }
            if (passingThrough) {
                getResponse().getOutputStream().write(bytes, offset, length);
            } else {
                buffer.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (passingThrough) {
                getResponse().getOutputStream().flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Non-blocking output is not supported for public pages");
        }
    }
}
