package jp.madoguchi.devstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, also answering {@code hello} (MongoDB 5's name for {@code isMaster}), which Spring Boot's
 * Mongo health indicator sends to each service's database and mongo-java-server does not know yet.
 */
final class HelloAwareH2Backend extends H2Backend {

    HelloAwareH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document answer = super.handleCommand(channel, database, "isMaster", query);
            answer.put("isWritablePrimary", answer.getOrDefault("ismaster", Boolean.TRUE));
            return answer;
        }
        return super.handleCommand(channel, database, command, query);
    }
}
