package jp.madoguchi.intake.request.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import jp.madoguchi.intake.crypto.FieldCipher;
import jp.madoguchi.intake.keys.application.PersonalDataCiphertexts;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.Personal;

/**
 * The {@code personal} subdocuments of {@code consultationRequests}, sealed again under the current data key. Each
 * document is rewritten only if it still holds what was read (its key id), so an erasure or another re-encryption in
 * between wins. The idempotency status token (kept 24 h) is not rewritten: keep a retired key configured for a day
 * after the job is done.
 */
@Component
class MongoPersonalDataCiphertexts implements PersonalDataCiphertexts {

    private static final Logger log = LoggerFactory.getLogger(MongoPersonalDataCiphertexts.class);
    private static final List<String> SEALED = List.of(Personal.NAME, Personal.NAME_KANA, Personal.BUSINESS_NAME,
            Personal.PHONE, Personal.EMAIL, Personal.DESCRIPTION);
    private static final String KEY_ID = ConsultationRequestDocument.path(ConsultationRequestDocument.PERSONAL,
            Personal.KEY_ID);

    private final MongoTemplate mongo;
    private final FieldCipher cipher;

    MongoPersonalDataCiphertexts(MongoTemplate mongo, FieldCipher cipher) {
        this.mongo = mongo;
        this.cipher = cipher;
    }

    @Override
    public Batch reEncryptAfter(String after, int limit) {
        List<Bson> filters = new ArrayList<>(List.of(notUnderCurrentKeyFilter()));
        if (after != null) {
            filters.add(Filters.gt(ConsultationRequestDocument.ID, after));
        }
        List<Document> documents = collection().find(Filters.and(filters))
                .projection(Projections.include(ConsultationRequestDocument.PERSONAL))
                .sort(Sorts.ascending(ConsultationRequestDocument.ID)).limit(limit).into(new ArrayList<>());
        int reEncrypted = 0;
        int failed = 0;
        String last = null;
        for (Document d : documents) {
            last = d.getString(ConsultationRequestDocument.ID);
            Document personal = d.get(ConsultationRequestDocument.PERSONAL, Document.class);
            try {
                Document resealed = new Document();
                for (String field : SEALED) {
                    resealed.append(field, cipher.reseal(personal.getString(field),
                            MongoConsultationRequestStore.context(last, field)));
                }
                resealed.append(Personal.KEY_ID, cipher.currentKeyId());
                long written = collection().updateOne(Filters.and(Filters.eq(ConsultationRequestDocument.ID, last),
                        Filters.eq(KEY_ID, personal.getString(Personal.KEY_ID))),
                        Updates.set(ConsultationRequestDocument.PERSONAL, resealed)).getModifiedCount();
                reEncrypted += (int) written;
            } catch (IllegalStateException e) {
                // Its key is not configured (or the value is damaged): left as it is, counted, never logged in clear.
                log.warn("Consultation request {} could not be re-encrypted: {}", last, e.getMessage());
                failed++;
            }
        }
        return new Batch(documents.size(), reEncrypted, failed, last);
    }

    @Override
    public long notUnderCurrentKey() {
        return collection().countDocuments(notUnderCurrentKeyFilter());
    }

    private Bson notUnderCurrentKeyFilter() {
        return Filters.and(Filters.exists(ConsultationRequestDocument.PERSONAL, true),
                Filters.ne(KEY_ID, cipher.currentKeyId()));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(ConsultationRequestDocument.COLLECTION);
    }
}
