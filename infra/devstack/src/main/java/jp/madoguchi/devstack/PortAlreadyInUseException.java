package jp.madoguchi.devstack;

/** A port the stack needs is held by another process, typically a devstack that is already running. */
public class PortAlreadyInUseException extends RuntimeException {

    public PortAlreadyInUseException(String what, String host, int port) {
        super(what + " port " + host + ":" + port + " is already in use by another process. "
                + "Is a devstack (or a local Kafka/MongoDB) already running? Try './madoguchi status', "
                + "or choose another port (DEVSTACK_KAFKA_PORT, DEVSTACK_KAFKA_CONTROLLER_PORT, DEVSTACK_MONGO_PORT).");
    }
}
