package jp.madoguchi.console.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/**
 * Issue #7, finding 12, over the real embedded Tomcat: every page carries a strict Content-Security-Policy (the
 * sign-in page, the device-flow page, an error page), and what Tomcat refuses before Spring is a problem+json 400.
 * The same properties as the authorization matrix, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "madoguchi.console.local-secrets-dir=target/test-secrets",
        "madoguchi.console.clients.notification-service.secret=matrix-notification-secret-0123456789",
        "madoguchi.console.clients.metrics-scraper.secret=matrix-metrics-secret-0123456789"})
@ActiveProfiles("local")
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ConsoleWebServerIntegrationTest {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/login", "/activate", "/css/no-such-file.css"})
    void everyPageHasAStrictContentSecurityPolicyAndTheUsualHeaders(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isIn(200, 404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(CSP);
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        // Nothing the policy would block: no inline script or style on the page.
        assertThat(page.body()).doesNotContain("<script", "<style", "style=");
    }

    @Test
    void thePagesStyleSheetIsServedToAnyone() throws Exception {
        HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/css/console.css")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("href=\"/css/console.css\"");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/v1/x%", "/login%zz", "/%2e%2e/", "/activate%00", "/api/v1/x%2fy", "/login\u0001",
            "/api/v1/{x}"})
    void aTargetTomcatRefusesIsAProblemWithoutServerDetails(String target) throws Exception {
        String answer;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            answer = bytes.toString(StandardCharsets.UTF_8);
        }

        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).as(answer).startsWith("http/1.1 400 ");
        assertThat(head).contains("content-type: application/problem+json").doesNotContain("server:");
        assertThat(answer).contains("\"status\":400", "リクエストの形式が正しくありません")
                .doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("<html");
    }
}
