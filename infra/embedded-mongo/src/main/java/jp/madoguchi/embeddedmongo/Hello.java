package jp.madoguchi.embeddedmongo;

import de.bwaldvogel.mongo.bson.Document;

/**
 * {@code hello}, MongoDB 5's name for {@code isMaster}: Spring Boot's Mongo health indicator sends it and
 * mongo-java-server 1.47 does not know it yet. Answering it keeps the services on Boot's own indicator, as they run
 * against a real MongoDB.
 */
final class Hello {

    private Hello() {
    }

    /** The command the library knows under the name the client sent. */
    static String known(String command) {
        return is(command) ? "isMaster" : command;
    }

    /** The library's answer, completed with what a client asking {@code hello} reads. */
    static Document answer(String command, Document answer) {
        if (is(command)) {
            answer.put("isWritablePrimary", answer.getOrDefault("ismaster", Boolean.TRUE));
        }
        return answer;
    }

    private static boolean is(String command) {
        return "hello".equalsIgnoreCase(command);
    }
}
