package jp.madoguchi.intake.request.adapter.out.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import jp.madoguchi.intake.crypto.FieldCipher;
import jp.madoguchi.intake.erasure.application.PersonalDataHolder;
import jp.madoguchi.intake.request.application.FormReceipt;
import jp.madoguchi.intake.request.application.FormReceipts;
import jp.madoguchi.intake.request.domain.StatusToken;
import jp.madoguchi.platform.mongo.MongoIndexes;

/**
 * Collection {@code formReceipts}: {@code _id} (receipt id), {@code consultationId}, {@code referenceCode},
 * {@code statusToken} (encrypted like personal data, bound to the receipt id), {@code expiresAt} (a TTL index removes
 * what nobody came for). Read by {@code _id} and deleted in the same operation. A receipt not yet shown holds a key
 * to the owner's request, so erasure deletes it (a staff action on a collection of at most 30 minutes of receipts:
 * no index of its own).
 */
@Component
class MongoFormReceipts implements FormReceipts, PersonalDataHolder {

    static final String COLLECTION = "formReceipts";
    private static final String CONSULTATION_ID = "consultationId";
    private static final String REFERENCE_CODE = "referenceCode";
    private static final String STATUS_TOKEN = "statusToken";
    private static final String EXPIRES_AT = "expiresAt";

    private final MongoTemplate mongo;
    private final FieldCipher cipher;

    MongoFormReceipts(MongoTemplate mongo, FieldCipher cipher) {
        this.mongo = mongo;
        this.cipher = cipher;
    }

    @Override
    public void keep(UUID receiptId, FormReceipt receipt, Instant expiresAt) {
        collection().insertOne(new Document("_id", receiptId.toString())
                .append(CONSULTATION_ID, receipt.consultationId().toString())
                .append(REFERENCE_CODE, receipt.referenceCode())
                .append(STATUS_TOKEN, cipher.encrypt(receipt.statusToken().value(), context(receiptId)))
                .append(EXPIRES_AT, Date.from(expiresAt)));
    }

    @Override
    public Optional<FormReceipt> take(UUID receiptId, Instant now) {
        Document d = collection().findOneAndDelete(Filters.eq("_id", receiptId.toString()));
        if (d == null || !d.getDate(EXPIRES_AT).toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new FormReceipt(UUID.fromString(d.getString(CONSULTATION_ID)), d.getString(REFERENCE_CODE),
                new StatusToken(cipher.decrypt(d.getString(STATUS_TOKEN), context(receiptId)))));
    }

    @Override
    public void eraseFor(UUID requesterId, List<UUID> consultationIds) {
        collection().deleteMany(Filters.in(CONSULTATION_ID, consultationIds.stream().map(UUID::toString).toList()));
    }

    private static String context(UUID receiptId) {
        return COLLECTION + "/" + receiptId + "/" + STATUS_TOKEN;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes formReceiptIndexes() {
            return MongoIndexes.of(COLLECTION, new IndexModel(Indexes.ascending(EXPIRES_AT),
                    new IndexOptions().expireAfter(0L, TimeUnit.SECONDS).name("expiresAt_ttl")));
        }
    }
}
