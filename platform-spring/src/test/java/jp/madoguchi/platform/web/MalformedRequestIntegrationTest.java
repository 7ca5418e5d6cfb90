package jp.madoguchi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #7, finding 12: a request target Tomcat refuses before Spring sees it got Tomcat's HTML error page. Sent
 * as raw bytes over a socket, because HTTP clients repair or refuse such targets before sending them.
 */
@SpringBootTest(classes = MalformedRequestIntegrationTest.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/v1/x%", "/api/v1/x%zz", "/%2e%2e/", "/api/v1/x%00",
            "/api/v1/x%2fy", "/api/v1/x\u0001", "/api/v1/{x}", "/api/v1/x\"y", "/api/v1/x<script>"})
    void aTargetTomcatRefusesIsAProblemWithoutServerDetails(String target) throws Exception {
        String answer = send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(head).as(answer).startsWith("HTTP/1.1 400 ");
        assertThat(head.toLowerCase()).contains("content-type: application/problem+json").doesNotContain("server:");
        JsonNode problem = JsonMapper.builder().build().readTree(chunked(head) ? dechunk(body) : body);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isEqualTo("リクエストの形式が正しくありません（リクエスト行・アドレス・ヘッダー）。");
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("apache")
                .doesNotContain("<html").doesNotContain("script");
    }

    @Test
    void whatReachesSpringIsAnsweredAsBefore() throws Exception {
        assertThat(send("GET /api/v1/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200 ").endsWith("ok");
    }

    private String send(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean chunked(String head) {
        return head.toLowerCase().contains("transfer-encoding: chunked");
    }

    private static String dechunk(String body) {
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return content.toString();
            }
            byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            content.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, WebAutoConfiguration.class})
    static class App {

        @RestController
        static class Endpoint {

            @GetMapping("/api/v1/x")
            String x() {
                return "ok";
            }
        }
    }
}
