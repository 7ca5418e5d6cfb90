package jp.madoguchi.platform.mongo;

import java.util.List;

import com.mongodb.client.model.IndexModel;

/**
 * The indexes a service keeps on one of its collections, declared as a bean (one per collection) so that
 * {@link MongoIndexRunner} creates them before the first write instead of each adapter doing it as it is built.
 * Every index should carry its name in its options: operations and the code that tells unique indexes apart refer
 * to indexes by name, and the driver's generated names change with the keys.
 */
public interface MongoIndexes {

    String collection();

    List<IndexModel> indexes();

    static MongoIndexes of(String collection, IndexModel... indexes) {
        List<IndexModel> declared = List.of(indexes);
        return new MongoIndexes() {

            @Override
            public String collection() {
                return collection;
            }

            @Override
            public List<IndexModel> indexes() {
                return declared;
            }
        };
    }
}
