package jp.madoguchi.console.staff.adapter.out.persistence;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import jp.madoguchi.console.staff.application.StaffUserExistsException;
import jp.madoguchi.console.staff.application.StaffUserStore;
import jp.madoguchi.console.staff.domain.Role;
import jp.madoguchi.console.staff.domain.StaffUser;

/** Collection {@code staffUsers}; the user name is the {@code _id}, so it is unique without a further index. */
@Component
class MongoStaffUserStore implements StaffUserStore {

    static final String COLLECTION = "staffUsers";

    private final MongoTemplate mongo;

    MongoStaffUserStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<StaffUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(username, StaffUserDocument.class, COLLECTION))
                .map(StaffUserDocument::toDomain);
    }

    @Override
    public void insert(StaffUser user) {
        try {
            mongo.insert(StaffUserDocument.of(user), COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new StaffUserExistsException(user.username());
        }
    }

    @Override
    public void replace(StaffUser user) {
        mongo.save(StaffUserDocument.of(user), COLLECTION);
    }

    @Override
    public long count() {
        return mongo.getCollection(COLLECTION).estimatedDocumentCount();
    }

    @Document(COLLECTION)
    record StaffUserDocument(@Id String username, String passwordHash, List<String> roles, String chamberId,
            String consultantId, boolean enabled) {

        static StaffUserDocument of(StaffUser user) {
            return new StaffUserDocument(user.username(), user.passwordHash(),
                    user.roles().stream().map(Role::name).sorted().toList(), user.chamberId(), user.consultantId(),
                    user.enabled());
        }

        StaffUser toDomain() {
            EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
            roles.forEach(r -> parsed.add(Role.valueOf(r)));
            return new StaffUser(username, passwordHash, parsed, chamberId, consultantId, enabled);
        }
    }
}
