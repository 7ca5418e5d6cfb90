package jp.madoguchi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoServer;
import jp.madoguchi.broker.KafkaLogin;
import jp.madoguchi.broker.PlatformKafkaNode;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.embeddedmongo.EmbeddedMongo;

/**
 * One real Kafka node (KRaft, in this JVM) and one MongoDB wire-protocol server per test JVM, started on first
 * use and shared by every test class, so a module's tests pay the start-up once. The Kafka node is devstack's
 * ({@link PlatformKafkaNode}): SASL only, every service its own SCRAM user whose ACLs allow its own topics and
 * group and nothing else, the platform's topics declared, auto-creation off. A service under test logs in as
 * itself ({@link EmbeddedPlatformInitializer}), so a binding to another service's topic or group fails here as
 * it would in production. The passwords are fixed test values.
 */
public final class EmbeddedPlatform {

    static final String HOST = "127.0.0.1";
    static final String ADMIN_PASSWORD = "test-admin-password";

    private static EmbeddedPlatform instance;

    private final PlatformKafkaNode kafka;
    private final Path kafkaLogDir;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;

    private EmbeddedPlatform() {
        try {
            kafkaLogDir = Files.createTempDirectory("embedded-kafka");
            int[] ports = freePorts(2);
            kafka = PlatformKafkaNode.start(HOST, ports[0], ports[1], kafkaLogDir, ADMIN_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded Kafka node", e);
        }
        Map<ServiceAccount, String> passwords = new EnumMap<>(ServiceAccount.class);
        for (ServiceAccount account : ServiceAccount.values()) {
            passwords.put(account, login(account).password());
        }
        kafka.declare(passwords);
        mongo = new MongoServer(EmbeddedMongo.inMemory());
        mongo.bind(HOST, 0);
        mongoAddress = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-platform-stop"));
    }

    public static synchronized EmbeddedPlatform get() {
        if (instance == null) {
            instance = new EmbeddedPlatform();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The service's SCRAM user with its fixed test password. */
    public KafkaLogin login(ServiceAccount account) {
        return testLogin(account);
    }

    /** The same fixed test passwords on every node the tests start ({@link StoppableKafka} too). */
    static KafkaLogin testLogin(ServiceAccount account) {
        return new KafkaLogin(account.userName(), "test-" + account.userName() + "-password");
    }

    /** Client settings that connect to this node as the service, with exactly its rights. */
    public Map<String, Object> kafkaClient(ServiceAccount account) {
        return login(account).scramClient(kafkaBootstrapServers());
    }

    /** Client settings of the node's super user: tests that look at every topic, as an operator would. */
    public Map<String, Object> kafkaAdminClient() {
        return kafka.adminClient();
    }

    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress.getHostString() + ":" + mongoAddress.getPort() + "/" + database;
    }

    static int freePort() throws IOException {
        return freePorts(1)[0];
    }

    /** Distinct ports: each socket stays open until all are chosen, so the system cannot hand one out twice. */
    static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(HOST)));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private void stop() {
        mongo.shutdownNow();
        kafka.close();
        try (Stream<Path> files = Files.walk(kafkaLogDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless; the JVM is exiting.
        }
    }
}
