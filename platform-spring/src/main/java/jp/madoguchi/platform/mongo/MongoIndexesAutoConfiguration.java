package jp.madoguchi.platform.mongo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@link MongoIndexRunner} creating the {@link MongoIndexes} a service declares, for every service using
 * MongoDB: adapters then need no index code of their own, and the indexes are in place before the service takes
 * its first request or event rather than whenever an adapter happens to be built.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnClass(MongoTemplate.class)
public class MongoIndexesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(MongoTemplate.class)
    MongoIndexRunner mongoIndexRunner(MongoTemplate mongo, ObjectProvider<MongoIndexes> indexes) {
        return new MongoIndexRunner(mongo, indexes.orderedStream().toList());
    }
}
