package jp.madoguchi.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.Topic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No Docker engine runs where the tests run, so the compose file is checked as data: health checks and
 * start order, ports equal to the services' own defaults, topics equal to {@link Topic}, Prometheus scraping
 * all four services, and a dashboard that only asks for metrics the platform exposes.
 */
class ComposeFileTest {

    private static final Map<String, Integer> APP_PORTS = Map.of(
            "intake-service", 8081, "scheduling-service", 8082,
            "notification-service", 8083, "analytics-service", 8084);
    private static final Set<String> ALLOWED_METRIC_PREFIXES = Set.of("madoguchi_", "http_server_", "jvm_", "kafka_");

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        services = asMap(load(root.resolve("docker-compose.yml")).get("services"));
    }

    @Test
    void everyLongRunningServiceHasAHealthcheck() {
        Set<String> oneShots = oneShotServices();
        assertThat(oneShots).containsExactly("kafka-init");
        assertThat(services).containsKeys("staff-console", "keycloak");
        services.forEach((name, service) -> {
            if (!oneShots.contains(name)) {
                Map<String, Object> healthcheck = asMap(service.get("healthcheck"));
                assertThat(healthcheck).as(name + " healthcheck").isNotNull().containsKey("test");
            }
        });
    }

    @Test
    void everyDependencyWaitsForAConditionAndOnlyOneShotsMayComplete() {
        Set<String> oneShots = oneShotServices();
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            assertThat(dependsOn).as(name + ".depends_on must be a map with conditions").isInstanceOf(Map.class);
            asMap(dependsOn).forEach((dependency, spec) -> {
                assertThat(services).as(name + " depends on an unknown service").containsKey(dependency);
                String condition = (String) asMap(spec).get("condition");
                String expected = oneShots.contains(dependency) ? "service_completed_successfully" : "service_healthy";
                assertThat(condition).as(name + " -> " + dependency).isEqualTo(expected);
            });
        });
        APP_PORTS.keySet().forEach(app -> assertThat(asMap(services.get(app).get("depends_on")))
                .as(app + " waits for the topics and Mongo").containsKeys("kafka-init", "mongodb"));
    }

    /**
     * Found by the outside probe (issue #7): every port, Kafka and MongoDB included, was published on all
     * interfaces. A developer's compose reaches them from this machine only; a deployment puts TLS in front.
     */
    @Test
    void everyPublishedPortIsBoundToLoopbackOnly() {
        services.forEach((name, service) -> {
            if (service.get("ports") != null) {
                assertThat(stringList(service.get("ports"))).as(name).allMatch(port -> port.startsWith("127.0.0.1:"));
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"intake-service", "scheduling-service", "notification-service", "analytics-service"})
    void appServicePublishesTheDefaultServerPortOfItsConfiguration(String app) throws IOException {
        Path config = root.resolve(app).resolve("src/main/resources").resolve(app + ".yml");
        assumeTrue(Files.exists(config), () -> config + " does not exist yet; port check skipped");
        int defaultPort = defaultServerPort(load(config));

        assertThat(defaultPort).as(app + " server.port default").isEqualTo(APP_PORTS.get(app));
        assertThat(stringList(services.get(app).get("ports")))
                .containsExactly("127.0.0.1:" + defaultPort + ":" + defaultPort);
        Map<String, Object> env = asMap(services.get(app).get("environment"));
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        String database = app.replace("-service", "");
        String secret = "MADOGUCHI_MONGO_" + database.toUpperCase(Locale.ROOT) + "_PASSWORD";
        assertThat((String) env.get("MONGODB_URI")).as("its own MongoDB user and database (issue #7)")
                .matches(Pattern.quote("mongodb://" + app + ":${" + secret + ":?") + "[^}]+"
                        + Pattern.quote("}@mongodb:27017/" + database + "?replicaSet=rs0"));
        assertThat((String) env.get("KAFKA_PASSWORD")).as("its own Kafka password (issue #7)")
                .startsWith("${MADOGUCHI_KAFKA_" + database.toUpperCase(Locale.ROOT) + "_PASSWORD:?");
        assertThat(String.valueOf(asMap(services.get(app).get("healthcheck")).get("test")))
                .contains("localhost:" + defaultPort + "/actuator/health/readiness");
        assertThat(asMap(asMap(services.get(app).get("build")).get("args"))).containsEntry("SERVICE", app);
    }

    @Test
    void staffConsoleIsTheIdentityProviderOfTheFourServices() throws IOException {
        Map<String, Object> console = services.get("staff-console");
        Path config = root.resolve("staff-console/src/main/resources/staff-console.yml");
        int defaultPort = defaultServerPort(load(config));

        assertThat(defaultPort).isEqualTo(8080);
        assertThat(stringList(console.get("ports"))).containsExactly("127.0.0.1:8080:8080");
        assertThat(String.valueOf(asMap(console.get("healthcheck")).get("test")))
                .contains("localhost:8080/actuator/health/readiness");
        assertThat(asMap(console.get("depends_on"))).containsOnlyKeys("mongodb");
        assertThat(asMap(asMap(console.get("build")).get("args"))).containsEntry("SERVICE", "staff-console");
        Map<String, Object> env = asMap(console.get("environment"));
        assertThat((String) env.get("MONGODB_URI"))
                .startsWith("mongodb://staff-console:${MADOGUCHI_MONGO_CONSOLE_PASSWORD:?").contains("@mongodb:27017/console?");
        assertThat(env).doesNotContainKey("KAFKA_PASSWORD");
        assertThat(env).containsEntry("MADOGUCHI_ISSUER_URI", "http://localhost:8080");
        assertThat(stringList(console.get("volumes"))).contains("console-secrets:/app/var/secrets");

        APP_PORTS.keySet().forEach(app -> {
            Map<String, Object> appEnv = asMap(services.get(app).get("environment"));
            assertThat((String) appEnv.get("MADOGUCHI_ISSUER_URI")).as(app).contains("http://localhost:8080");
            assertThat((String) appEnv.get("MADOGUCHI_JWK_SET_URI")).as(app)
                    .contains("http://staff-console:8080/oauth2/jwks");
        });
    }

    @Test
    void keycloakProfileImportsARealmWithTheClaimsOfAdr0002() throws IOException {
        Map<String, Object> keycloak = services.get("keycloak");
        assertThat(stringList(keycloak.get("profiles"))).containsExactly("keycloak");
        assertThat(stringList(keycloak.get("command"))).contains("--import-realm");
        assertThat(stringList(keycloak.get("volumes")))
                .contains("./infra/keycloak/madoguchi-realm.json:/opt/keycloak/data/import/madoguchi-realm.json:ro");

        JsonNode realm = JsonMapper.builder().build()
                .readTree(Files.readString(root.resolve("infra/keycloak/madoguchi-realm.json")));
        List<String> roles = new ArrayList<>();
        realm.get("roles").get("realm").forEach(r -> roles.add(r.get("name").asString()));
        assertThat(roles).containsExactlyInAnyOrder("FEDERATION_STAFF", "CHAMBER_ADVISOR", "CONSULTANT", "ANALYST",
                "OPERATOR", "ADMIN");
        Map<String, String> mappers = new TreeMap<>();
        realm.get("clientScopes").forEach(scope -> {
            if (scope.has("protocolMappers")) {
                scope.get("protocolMappers").forEach(m -> {
                    JsonNode config = m.get("config");
                    String claim = config.has("claim.name") ? config.get("claim.name").asString()
                            : "aud:" + config.get("included.custom.audience").asString();
                    mappers.put(claim, m.get("protocolMapper").asString());
                });
            }
        });
        assertThat(mappers).containsEntry("roles", "oidc-usermodel-realm-role-mapper")
                .containsEntry("chamber_id", "oidc-usermodel-attribute-mapper")
                .containsEntry("consultant_id", "oidc-usermodel-attribute-mapper")
                // Every service requires its own audience (issue #7).
                .containsEntry("aud:intake-service", "oidc-audience-mapper")
                .containsEntry("aud:scheduling-service", "oidc-audience-mapper")
                .containsEntry("aud:notification-service", "oidc-audience-mapper")
                .containsEntry("aud:analytics-service", "oidc-audience-mapper");
        JsonNode notification = null;
        for (JsonNode client : realm.get("clients")) {
            if ("notification-service".equals(client.get("clientId").asString())) {
                notification = client;
            }
        }
        assertThat(notification).as("notification-service client").isNotNull();
        assertThat(notification.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(notification.has("secret")).as("no secret in the repository").isFalse();
        assertThat(notification.get("defaultClientScopes").toString()).isEqualTo("[\"intake.contact.read\"]");
    }

    @Test
    void kafkaInitDeclaresExactlyThePlatformTopics() {
        Map<String, Object> init = services.get("kafka-init");
        String specs = (String) asMap(init.get("environment")).get("MADOGUCHI_TOPICS");
        Map<String, Integer> declared = new TreeMap<>();
        for (String spec : specs.trim().split("\\s+")) {
            String[] parts = spec.split(":");
            declared.put(parts[0], Integer.parseInt(parts[1]));
        }
        Map<String, Integer> expected = Arrays.stream(Topic.values())
                .collect(Collectors.toMap(Topic::topicName, Topic::partitions, (a, b) -> a, TreeMap::new));

        assertThat(declared).isEqualTo(expected);
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(Topic.allNames());
        assertThat(String.join(" ", stringList(init.get("command"))))
                .contains("$$MADOGUCHI_TOPICS", "--create --if-not-exists", "--replication-factor 1");
    }

    /**
     * Issue #7, finding 5: every listener takes SASL only, what no ACL allows is refused, {@code admin} is the
     * only super user, and kafka-init grants each service exactly what {@link ServiceAccount} grants it on the
     * node devstack and the tests run (so intake's contact rule reads events only scheduling can have written).
     */
    @Test
    void kafkaTakesOnlyAuthenticatedClientsAndGrantsEachServiceItsOwnTopicsAndGroup() {
        Map<String, Object> env = asMap(services.get("kafka").get("environment"));
        Map<String, String> protocols = new TreeMap<>();
        for (String entry : String.valueOf(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).split(",")) {
            protocols.put(entry.split(":")[0], entry.split(":")[1]);
        }
        assertThat(protocols).containsOnlyKeys("CLIENTS", "CONTROLLER", "HOST")
                .allSatisfy((listener, protocol) -> assertThat(protocol).as(listener).isEqualTo("SASL_PLAINTEXT"));
        assertThat(env).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                        "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:admin")
                .containsEntry("KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS", "PLAIN")
                .containsEntry("KAFKA_LISTENER_NAME_CLIENTS_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512,PLAIN")
                .containsEntry("KAFKA_LISTENER_NAME_HOST_SASL_ENABLED_MECHANISMS", "SCRAM-SHA-512,PLAIN");
        assertThat(String.valueOf(env.get("KAFKA_LISTENER_NAME_CLIENTS_PLAIN_SASL_JAAS_CONFIG")))
                .as("the only PLAIN user is admin").contains("user_admin=").doesNotContainPattern("user_(?!admin=)");
        assertThat(String.valueOf(asMap(services.get("kafka").get("healthcheck")).get("test")))
                .contains("--command-config");

        Map<String, Object> init = asMap(services.get("kafka-init").get("environment"));
        Set<String> granted = new TreeSet<>(List.of(((String) init.get("MADOGUCHI_ACLS")).trim().split("\\s+")));
        Set<String> expected = new TreeSet<>();
        for (ServiceAccount account : ServiceAccount.values()) {
            account.writes().forEach(t -> expected.add(account.userName() + ":write:" + t.topicName()));
            account.reads().forEach(t -> expected.add(account.userName() + ":read:" + t.topicName()));
            expected.add(account.userName() + ":group:" + account.consumerGroup().groupId());
            String variable = "KAFKA_PASSWORD_" + account.userName().replace('-', '_').toUpperCase(Locale.ROOT);
            assertThat((String) init.get(variable)).as(account.userName() + "'s SCRAM password")
                    .startsWith("${MADOGUCHI_KAFKA_");
        }
        assertThat(granted).isEqualTo(expected);
        assertThat(String.join(" ", stringList(services.get("kafka-init").get("command"))))
                .contains("kafka-configs.sh", "SCRAM-SHA-512=[iterations=8192,password=", "kafka-acls.sh",
                        "--allow-principal \"User:$$user\"", "--command-config");
    }

    /** Issue #7: MongoDB requires authentication, and each application's user may use its own database only. */
    @Test
    void mongoRequiresAuthenticationWithOneUserPerApplicationDatabase() throws IOException {
        Map<String, Object> mongo = services.get("mongodb");
        Map<String, Object> env = asMap(mongo.get("environment"));
        assertThat(env).containsEntry("MONGO_INITDB_ROOT_USERNAME", "root");
        assertThat((String) env.get("MONGO_INITDB_ROOT_PASSWORD")).startsWith("${MADOGUCHI_MONGO_ROOT_PASSWORD:?");
        assertThat(String.join(" ", stringList(mongo.get("command")))).contains("--keyFile", "--replSet rs0");
        assertThat(String.valueOf(asMap(mongo.get("healthcheck")).get("test")))
                .contains("-u root", "--authenticationDatabase admin");
        assertThat(stringList(mongo.get("volumes"))).contains(
                "./infra/mongo/create-service-users.js:/docker-entrypoint-initdb.d/create-service-users.js:ro");

        String script = Files.readString(root.resolve("infra/mongo/create-service-users.js"));
        assertThat(script).contains("roles: [{ role: 'readWrite', db: database }]");
        Map<String, String> users = Map.of("console", "staff-console", "intake", "intake-service",
                "scheduling", "scheduling-service", "notification", "notification-service",
                "analytics", "analytics-service");
        users.forEach((database, user) -> {
            String secret = "MADOGUCHI_MONGO_" + database.toUpperCase(Locale.ROOT) + "_PASSWORD";
            assertThat(script).contains("['" + database + "', '" + user + "', '" + secret + "']");
            assertThat((String) env.get(secret)).as(secret).startsWith("${" + secret + ":?");
        });
    }

    /** No password has a default; {@code ./madoguchi compose-env} generates exactly the ones compose asks for. */
    @Test
    void everyPasswordIsRequiredAndGeneratedByComposeEnv() throws IOException {
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Set<String> required = new TreeSet<>();
        Matcher reference = Pattern.compile("\\$\\{(MADOGUCHI_(?:KAFKA|MONGO)_[A-Z_]+)(:[-?]|})").matcher(compose);
        while (reference.find()) {
            assertThat(reference.group(2)).as(reference.group(1) + " has no default").isEqualTo(":?");
            required.add(reference.group(1));
        }
        Matcher list = Pattern.compile("COMPOSE_SECRETS=\\(([^)]*)\\)")
                .matcher(Files.readString(root.resolve("madoguchi")));
        assertThat(list.find()).isTrue();
        assertThat(new TreeSet<>(List.of(list.group(1).trim().split("\\s+")))).isEqualTo(required);
    }

    @Test
    void prometheusScrapesAllFourServices() throws IOException {
        Map<String, Object> config = load(root.resolve("infra/prometheus/prometheus.yml"));
        List<String> targets = new ArrayList<>();
        for (Object job : (List<?>) config.get("scrape_configs")) {
            Map<String, Object> scrape = asMap(job);
            assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Object staticConfig : (List<?>) scrape.get("static_configs")) {
                targets.addAll(stringList(asMap(staticConfig).get("targets")));
            }
        }
        List<String> expected = APP_PORTS.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList();

        assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void grafanaDashboardParsesAndAsksOnlyForPlatformMetrics() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(root.resolve("infra/grafana/dashboards/madoguchi-overview.json")));
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        assertThat(expressions).isNotEmpty();

        Pattern selector = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
        Set<String> metrics = new java.util.TreeSet<>();
        for (String expr : expressions) {
            Matcher m = selector.matcher(expr);
            boolean any = false;
            while (m.find()) {
                metrics.add(m.group(1));
                any = true;
            }
            assertThat(any).as("every expression selects metrics as name{...}: " + expr).isTrue();
        }
        assertThat(metrics).allSatisfy(metric -> assertThat(ALLOWED_METRIC_PREFIXES)
                .as(metric).anyMatch(metric::startsWith));
        assertThat(metrics).contains("madoguchi_outbox_pending", "madoguchi_outbox_published_total",
                "madoguchi_events_consumed_total", "madoguchi_intake_requests_accepted_total",
                "madoguchi_scheduling_appointments_booked_total", "http_server_requests_seconds_count");
    }

    @Test
    void grafanaIsProvisionedFromTheRepository() throws IOException {
        Map<String, Object> datasource = asMap(((List<?>) load(
                root.resolve("infra/grafana/provisioning/datasources/prometheus.yml")).get("datasources")).get(0));
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(stringList(services.get("grafana").get("volumes")))
                .contains("./infra/grafana/provisioning:/etc/grafana/provisioning:ro",
                        "./infra/grafana/dashboards:/var/lib/grafana/dashboards:ro");
        assertThat(stringList(services.get("prometheus").get("volumes")))
                .contains("./infra/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    }

    private static Set<String> oneShotServices() {
        return services.values().stream()
                .map(s -> s.get("depends_on"))
                .filter(Map.class::isInstance)
                .flatMap(d -> asMap(d).entrySet().stream())
                .filter(e -> "service_completed_successfully".equals(asMap(e.getValue()).get("condition")))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** {@code server.port: 8081} or {@code server.port: ${PORT:8081}}, nested or as a dotted key. */
    private static int defaultServerPort(Map<String, Object> config) {
        Object port = config.get("server.port");
        if (port == null && config.get("server") instanceof Map<?, ?> server) {
            port = server.get("port");
        }
        assertThat(port).as("server.port").isNotNull();
        Matcher placeholder = Pattern.compile("\\$\\{[^:}]+:(\\d+)}").matcher(String.valueOf(port));
        return placeholder.matches() ? Integer.parseInt(placeholder.group(1)) : Integer.parseInt(String.valueOf(port));
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            // The first document: Spring configuration files may add profile documents after '---'.
            @SuppressWarnings("unchecked")
            Map<String, Object> loaded = (Map<String, Object>) new Yaml().loadAll(reader).iterator().next();
            return loaded == null ? new LinkedHashMap<>() : loaded;
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> asMap(Object value) {
        return (Map<String, V>) value;
    }

    private static List<String> stringList(Object value) {
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("mvnw")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
