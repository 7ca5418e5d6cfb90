package jp.madoguchi.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks ports up front, because Kafka reports a taken port deep inside a long start-up log. */
final class Ports {

    private Ports() {
    }

    static void requireFree(String what, String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new PortAlreadyInUseException(what, host, port);
        }
    }
}
