package jp.madoguchi.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every query parameter of every GET endpoint of a running service, called with values an attacker or a broken
 * client would send (the far ends of every number and date type, empty, huge, control characters, injection
 * attempts), one at a time, as a caller who may call everything. Bad input must be a 4xx, never a 5xx: the outside
 * probe of issue #7 found two 500s this way.
 */
public final class QueryParameterProbe {

    /** The values every parameter is called with, whatever its type. */
    public static final List<String> HOSTILE_VALUES = List.of("", " ", "-1", "0", "2147483647", "2147483648",
            "-2147483649", "9223372036854775808", "1e309", "NaN", "-999999999-01-01", "+999999999-12-31", "2026-02-30",
            "0000-00-00", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "2026-01-01T25:61:61Z",
            "00000000-0000-0000-0000-000000000000", "x".repeat(10_000), "\u0000", "\u202e", "'; drop table x; --",
            "{\"$gt\":\"\"}", "../../etc/passwd", "日本語");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private QueryParameterProbe() {
    }

    /** {@code GET path?name=value} answers that were 5xx, as readable lines; empty when all were 4xx or 2xx. */
    public static List<String> serverErrors(RequestMappingHandlerMapping mappings, int port, String authorization) {
        List<String> failures = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!info.getMethodsCondition().getMethods().isEmpty()
                    && !info.getMethodsCondition().getMethods().contains(
                            org.springframework.web.bind.annotation.RequestMethod.GET)) {
                return;
            }
            for (String pattern : patterns(info)) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (String name : queryParameters(handler)) {
                    for (String value : HOSTILE_VALUES) {
                        int status = get(port, path + "?" + name + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8), authorization);
                        if (status >= 500) {
                            failures.add(HttpMethod.GET + " " + path + "?" + name + "="
                                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + " → " + status);
                        }
                    }
                }
            }
        });
        return failures;
    }

    private static List<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null ? List.of()
                : info.getPathPatternsCondition().getPatternValues().stream().toList();
    }

    private static List<String> queryParameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static int get(int port, String pathAndQuery, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
