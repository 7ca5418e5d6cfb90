package jp.madoguchi.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;

class DuplicateKeyTest {

    private static final ServerAddress SERVER = new ServerAddress();

    @Test
    void aWriteRefusedByAUniqueIndex() {
        assertThat(DuplicateKey.is(writeError(11000, "E11000 duplicate key error"))).isTrue();
    }

    @Test
    void byCodeNotByMessage() {
        assertThat(DuplicateKey.is(writeError(11000, "whatever the server says"))).isTrue();
        assertThat(DuplicateKey.is(writeError(121, "E11000 duplicate key error, or so it reads"))).isFalse();
    }

    @Test
    void anUpsertingCommandRefusedByAUniqueIndex() {
        assertThat(DuplicateKey.is(commandError(11000))).isTrue();
        assertThat(DuplicateKey.is(commandError(50))).isFalse();
    }

    @Test
    void springsTranslation() {
        assertThat(DuplicateKey.is(new DuplicateKeyException("duplicate", writeError(11000, "E11000")))).isTrue();
        assertThat(DuplicateKey.is(new DataIntegrityViolationException("document too large"))).isFalse();
    }

    @Test
    void nothingElse() {
        assertThat(DuplicateKey.is(new IllegalStateException("E11000 duplicate key error"))).isFalse();
        assertThat(DuplicateKey.is(null)).isFalse();
    }

    private static MongoWriteException writeError(int code, String message) {
        return new MongoWriteException(new WriteError(code, message, new BsonDocument()), SERVER, Set.of());
    }

    private static MongoCommandException commandError(int code) {
        return new MongoCommandException(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                .append("errmsg", new BsonString("refused")), SERVER);
    }
}
