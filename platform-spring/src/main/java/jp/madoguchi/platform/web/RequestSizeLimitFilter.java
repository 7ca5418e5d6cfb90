package jp.madoguchi.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jp.madoguchi.platform.i18n.PlatformMessages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit with 413 before anything parses them, on every path (a percent-encoded
 * or otherwise disguised path must not slip past a prefix check): by the declared
 * Content-Length without reading a byte, and for chunked bodies after reading at most limit + 1 bytes.
 * The services' requests are a few kilobytes; anything far larger is a mistake or an attack.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final int maxBytes;
    private final JsonMapper jsonMapper;
    private final RequestRejections rejections;
    private final PlatformMessages messages;

    public RequestSizeLimitFilter(int maxBytes, JsonMapper jsonMapper, RequestRejections rejections,
            PlatformMessages messages) {
        this.messages = messages;
        this.maxBytes = maxBytes;
        this.jsonMapper = jsonMapper;
        this.rejections = rejections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        if (declared >= 0 || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        rejections.rejected(RequestRejections.TOO_LARGE);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.get(request, "problem.too-large", maxBytes / 1024));
        problem.setTitle("Content Too Large");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The rest of the body is left unread; the container discards it or closes the connection.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
    }

    /** A request whose body was already read (it fitted the limit) and is replayed from memory. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous replay only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
