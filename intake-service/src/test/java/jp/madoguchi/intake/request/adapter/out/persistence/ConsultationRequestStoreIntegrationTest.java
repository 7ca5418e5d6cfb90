package jp.madoguchi.intake.request.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;

import jp.madoguchi.intake.chamber.domain.ChamberStanding;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.request.application.Admission;
import jp.madoguchi.intake.request.application.ConsultationRequestStore;
import jp.madoguchi.intake.request.application.ReferenceCodeTakenException;
import jp.madoguchi.intake.request.domain.Consents;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/** The unique reference code, as the embedded Mongo wire server enforces it from the indexes made at start-up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ConsultationRequestStoreIntegrationTest {

    private static final Random random = new Random();

    @Autowired
    ConsultationRequestStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theIndexesAreInPlaceWhenTheContextHasStarted() {
        List<Document> indexes = mongo.getCollection(ConsultationRequestDocument.COLLECTION).listIndexes()
                .into(new ArrayList<>());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo(ConsultationRequestDocument.REFERENCE_CODE_UNIQUE);
            assertThat(index.get("key", Document.class)).isEqualTo(new Document("referenceCode", 1));
            assertThat(index.getBoolean("unique")).isTrue();
        });
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo(ConsultationRequestDocument.OUTBOX_PENDING);
            assertThat(index.get("key", Document.class)).isEqualTo(new Document("outbox.0", 1));
            assertThat(index.getBoolean("sparse")).isTrue();
        });
    }

    @Test
    void aReferenceCodeAnotherRequestHoldsIsTaken() {
        ReferenceCode code = ReferenceCode.generate(random);
        store.insert(request(UUID.randomUUID(), code), new Admission("hash", null, null, null));

        assertThatThrownBy(() -> store.insert(request(UUID.randomUUID(), code), new Admission("hash", null, null, null)))
                .isInstanceOf(ReferenceCodeTakenException.class);
        awaitRelayed(code);
    }

    @Test
    void theSameRequestTwiceIsNoTakenReferenceCode() {
        WithEvents<ConsultationRequest> request = request(UUID.randomUUID(), ReferenceCode.generate(random));
        store.insert(request, new Admission("hash", null, null, null));

        assertThatThrownBy(() -> store.insert(request, new Admission("hash", null, null, null))).isInstanceOf(MongoWriteException.class);
        awaitRelayed(request.state().referenceCode());
    }

    /** Leaves no send in flight for the end of the test run, when the broker goes away. */
    private void awaitRelayed(ReferenceCode code) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection(ConsultationRequestDocument.COLLECTION)
                .countDocuments(Filters.and(Filters.eq(ConsultationRequestDocument.REFERENCE_CODE, code.value()),
                        Filters.exists(ConsultationRequestDocument.OUTBOX_FIRST_ENTRY))) == 0);
    }

    private static WithEvents<ConsultationRequest> request(UUID consultationId, ReferenceCode code) {
        RequestDetails details = new RequestDetails("ichinomiya", RequestChannel.WEB,
                new PersonalData("山田 太郎", null, "山田商店", "+81475421234", null, "相談"), null, null,
                ConsultationTopic.FINANCE, ConsultationMode.PHONE, List.of(DayOfWeek.MONDAY), null, null,
                OutreachSource.FLYER, null, Membership.MEMBER, new Consents(true, "2026-12", false));
        return ConsultationRequest.receive(details, ChamberStanding.ACTIVE, "2026-12", RequestOrigin.PUBLIC_FORM, consultationId, code,
                UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), "chiba");
    }
}
