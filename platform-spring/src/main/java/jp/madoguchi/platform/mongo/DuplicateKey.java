package jp.madoguchi.platform.mongo;

import org.springframework.dao.DuplicateKeyException;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;

/**
 * Tells a write refused by a unique index from other failures by the server's error code, which MongoDB and the
 * embedded wire server share, never by the message text, which is written for people and promised by neither. The
 * code does not say which index refused: an adapter with more than one unique index finds out by looking the keys
 * up.
 */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    /**
     * True for the driver's duplicate-key errors (error category {@link ErrorCategory#DUPLICATE_KEY}: a
     * {@link com.mongodb.MongoWriteException} from an insert or update, or a {@link com.mongodb.MongoCommandException}
     * from an upserting find-and-modify) and for Spring's {@link DuplicateKeyException}, into which
     * {@link org.springframework.data.mongodb.core.MongoTemplate} translates them.
     */
    public static boolean is(Throwable e) {
        return e instanceof DuplicateKeyException
                || e instanceof MongoServerException server
                        && ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
