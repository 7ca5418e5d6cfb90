package jp.madoguchi.scheduling;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.testsupport.ApiDocsGolden;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/**
 * The served OpenAPI document is {@code src/test/resources/openapi/scheduling-service.json}, the file
 * {@code tools/api-lint} lints; rerun with {@code -Dmadoguchi.golden.update=true} after an intended API change and
 * review the diff. The context is {@code AuthorizationMatrixIntegrationTest}'s, so this starts no application of
 * its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@Import(SchedulingServiceTest.Clocks.class)
class ApiDocsGoldenIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void servedDocumentIsTheGoldenOne() {
        ApiDocsGolden.assertMatchesGolden(port, "scheduling-service");
    }
}
