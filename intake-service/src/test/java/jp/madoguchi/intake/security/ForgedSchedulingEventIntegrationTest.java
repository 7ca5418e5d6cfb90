package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;

/**
 * Issue #7, finding 5: a consultant may read an owner's contact details once a {@code consultation.scheduled}
 * names them. Anyone on the broker could write one; now only scheduling-service's Kafka user may write
 * scheduling's topic, so a service that is not scheduling (or whoever holds its password) cannot assign a
 * consultant of its choosing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ForgedSchedulingEventIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(value = ServiceAccount.class, names = "SCHEDULING", mode = EnumSource.Mode.EXCLUDE)
    void aScheduledEventFromAnyServiceButSchedulingIsRefusedAndOpensNoContactDetails(ServiceAccount forger)
            throws Exception {
        Http http = new Http(port);
        String id = Fixtures.submitted(http, "ichinomiya").get("consultationId").asString();

        assertThatThrownBy(() -> Fixtures.sendScheduled(forger, id, "consultant-02"))
                .extracting(ForgedSchedulingEventIntegrationTest::rootCause, InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(TopicAuthorizationException.class);

        HttpResponse<String> contact = http.get("/api/v1/consultation-requests/" + id + "/contact",
                Http.bearer(TestTokens.consultant("consultant-02").bearer()));
        assertThat(contact.statusCode()).isEqualTo(404);
        assertThat(contact.body()).doesNotContain("山田", "0475");
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
