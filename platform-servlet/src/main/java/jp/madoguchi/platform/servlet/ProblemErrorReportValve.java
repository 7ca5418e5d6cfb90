package jp.madoguchi.platform.servlet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tomcat's answer to a request it refuses before Spring sees it — a malformed request target ({@code %} without
 * two hex digits, {@code %00}, an encoded {@code ..} or {@code /}, a control character), a header it cannot
 * parse — as {@code application/problem+json} (RFC 9457), like every other refusal of the service, instead of
 * Tomcat's HTML page. It names neither the server nor its version and echoes nothing of the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemDetails details;

    /** The {@code detail} to show for a status, in the caller's language (the request carries its locale). */
    @FunctionalInterface
    public interface ProblemDetails {

        String detail(HttpServletRequest request, int status);
    }

    public ProblemErrorReportValve(ProblemDetails details) {
        this.details = details;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // Spring's own error handling wrote a body already; only what never reached it is left to answer here.
        if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = details.detail(request, status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: nothing left to tell anyone.
        }
    }
}
