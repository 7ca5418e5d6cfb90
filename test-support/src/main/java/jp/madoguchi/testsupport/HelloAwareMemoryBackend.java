package jp.madoguchi.testsupport;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The in-memory backend, also answering {@code hello} (MongoDB 5's name for {@code isMaster}). Spring Boot's
 * Mongo health indicator sends it, and mongo-java-server 1.47 does not know it yet; answering it here keeps
 * the services on Boot's own indicator, as they run against a real MongoDB.
 */
final class HelloAwareMemoryBackend extends MemoryBackend {

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
