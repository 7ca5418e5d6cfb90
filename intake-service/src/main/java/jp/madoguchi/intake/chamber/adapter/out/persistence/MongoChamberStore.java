package jp.madoguchi.intake.chamber.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import jp.madoguchi.intake.chamber.application.ChamberIdTakenException;
import jp.madoguchi.intake.chamber.application.ChamberNotFoundException;
import jp.madoguchi.intake.chamber.application.ChamberStore;
import jp.madoguchi.intake.chamber.application.StaleChamberVersionException;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;
import jp.madoguchi.platform.mongo.DuplicateKey;

/** Collection {@code chambers} (see {@link ChamberDocument}), one document per chamber, keyed by its id. */
@Component
class MongoChamberStore implements ChamberStore {

    private final MongoTemplate mongo;

    MongoChamberStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<RegisteredChamber> all() {
        List<RegisteredChamber> chambers = new ArrayList<>();
        for (Document d : collection().find()) {
            chambers.add(fromDocument(d));
        }
        return chambers;
    }

    @Override
    public Optional<RegisteredChamber> find(String chamberId) {
        return Optional.ofNullable(collection().find(Filters.eq(ChamberDocument.ID, chamberId)).first())
                .map(MongoChamberStore::fromDocument);
    }

    @Override
    public RegisteredChamber insert(Chamber chamber, Instant at) {
        Document document = fields(new Document(ChamberDocument.ID, chamber.id()), chamber)
                .append(ChamberDocument.VERSION, 1L)
                .append(ChamberDocument.CREATED_AT, Date.from(at))
                .append(ChamberDocument.UPDATED_AT, Date.from(at));
        try {
            collection().insertOne(document);
        } catch (RuntimeException e) {
            if (DuplicateKey.is(e)) {
                throw new ChamberIdTakenException(chamber.id());
            }
            throw e;
        }
        return fromDocument(document);
    }

    @Override
    public RegisteredChamber replace(Chamber chamber, long expectedVersion, Instant at) {
        Document changed = collection().findOneAndUpdate(
                Filters.and(Filters.eq(ChamberDocument.ID, chamber.id()),
                        Filters.eq(ChamberDocument.VERSION, expectedVersion)),
                Updates.combine(Updates.set(ChamberDocument.NAME, chamber.name()),
                        Updates.set(ChamberDocument.REGION, chamber.region()),
                        Updates.set(ChamberDocument.MUNICIPALITIES, chamber.municipalities()),
                        Updates.set(ChamberDocument.ACTIVE, chamber.active()),
                        chamber.memberCount() == null ? Updates.unset(ChamberDocument.MEMBER_COUNT)
                                : Updates.set(ChamberDocument.MEMBER_COUNT, chamber.memberCount()),
                        Updates.inc(ChamberDocument.VERSION, 1L),
                        Updates.set(ChamberDocument.UPDATED_AT, Date.from(at))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (changed != null) {
            return fromDocument(changed);
        }
        if (find(chamber.id()).isEmpty()) {
            throw new ChamberNotFoundException(chamber.id());
        }
        throw new StaleChamberVersionException(chamber.id());
    }

    private static Document fields(Document document, Chamber chamber) {
        document.append(ChamberDocument.NAME, chamber.name())
                .append(ChamberDocument.REGION, chamber.region())
                .append(ChamberDocument.MUNICIPALITIES, chamber.municipalities())
                .append(ChamberDocument.ACTIVE, chamber.active());
        if (chamber.memberCount() != null) {
            document.append(ChamberDocument.MEMBER_COUNT, chamber.memberCount());
        }
        return document;
    }

    private static RegisteredChamber fromDocument(Document d) {
        Chamber chamber = new Chamber(d.getString(ChamberDocument.ID), d.getString(ChamberDocument.NAME),
                d.getString(ChamberDocument.REGION), d.getString(ChamberDocument.MUNICIPALITIES),
                d.getBoolean(ChamberDocument.ACTIVE), d.getInteger(ChamberDocument.MEMBER_COUNT));
        return new RegisteredChamber(chamber, ((Number) d.get(ChamberDocument.VERSION)).longValue(),
                d.getDate(ChamberDocument.CREATED_AT).toInstant(), d.getDate(ChamberDocument.UPDATED_AT).toInstant());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(ChamberDocument.COLLECTION);
    }
}
