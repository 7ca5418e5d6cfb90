package jp.madoguchi.intake.request.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.intake.request.domain.OpenRequestLimitReachedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.HotPathQueries;
import jp.madoguchi.testsupport.HotPathQueries.Query;

/**
 * Issue #8, the data-access rule (docs/architecture.md): taking requests in (up to the open-request limit and past
 * it), reading a status and contact details, and applying scheduling's events name every document by {@code _id}
 * or a unique key, so intake costs the same with years of requests as with none.
 */
@SpringBootTest(properties = "madoguchi.intake.open-requests.per-requester=2")
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@Import(HotPathQueriesIntegrationTest.Recording.class)
class HotPathQueriesIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        HotPathQueries hotPathQueries() {
            return new HotPathQueries();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordHotPathQueries(HotPathQueries queries) {
            return queries::register;
        }
    }

    @Autowired
    HotPathQueries queries;
    @Autowired
    SubmitConsultationRequest submit;
    @Autowired
    ConsultationStatusQuery status;
    @Autowired
    ContactQuery contact;
    @Autowired
    ApplySchedulingEvent apply;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theRequestPathsNameEveryDocumentByKey() {
        String phone = "080-1%03d-%04d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 1000), System.nanoTime() % 10_000);

        List<Query> sent = queries.on(() -> {
            SubmittedRequest first = submit.submit(Caller.anonymous(), Requests.form("ichinomiya", phone), null);
            submit.submit(Caller.anonymous(), Requests.form("ichinomiya", phone), null);
            assertThatThrownBy(() -> submit.submit(Caller.anonymous(), Requests.form("ichinomiya", phone), null))
                    .isInstanceOf(OpenRequestLimitReachedException.class);
            submit.submit(Callers.federationStaff(), Requests.form("katsuura", RequestChannel.PHONE, true), null);
            UUID id = first.view().consultationId();
            status.find(Caller.anonymous(), id, first.statusToken().value());
            Instant now = Instant.now();
            var scheduled = SchedulingEvents.scheduled(id, "consultant-01", now);
            apply.apply(scheduled);
            apply.apply(scheduled);
            apply.apply(SchedulingEvents.cancelled(id, scheduled.appointmentId(), now.plusSeconds(1)));
            apply.apply(SchedulingEvents.scheduled(UUID.randomUUID(), "consultant-01", now));
            contact.read(Callers.notificationClient(), id);
        });

        assertThat(sent).extracting(Query::collection).contains("consultationRequests");
        HotPathQueries.assertServedByKeys(sent, mongo.getDb());
    }
}
