package jp.madoguchi.broker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services' SCRAM users and ACLs, made equal to {@link ServiceAccount} on every start, and the benchmark
 * harness's ({@link BenchAccount}) where the caller declares it.
 */
final class PlatformAccounts {

    private static final Logger log = LoggerFactory.getLogger(PlatformAccounts.class);
    private static final long TIMEOUT_SECONDS = 60;
    private static final int SCRAM_ITERATIONS = 8192;

    private PlatformAccounts() {
    }

    static void declare(Admin admin, Map<ServiceAccount, String> passwords) {
        if (!passwords.keySet().containsAll(Arrays.asList(ServiceAccount.values()))) {
            throw new IllegalArgumentException("Every service needs a Kafka password, got " + passwords.keySet());
        }
        Map<String, String> byUser = new HashMap<>();
        passwords.forEach((account, password) -> byUser.put(account.userName(), password));
        Set<AclBinding> wanted = new HashSet<>();
        Arrays.stream(ServiceAccount.values()).forEach(a -> wanted.addAll(a.aclBindings()));
        declareUsers(admin, byUser, wanted);
    }

    /** The benchmark harness's user and ACLs ({@link BenchAccount}), made equal to what it declares. */
    static void declareBench(Admin admin, String password) {
        declareUsers(admin, Map.of(BenchAccount.USER_NAME, password), new HashSet<>(BenchAccount.aclBindings()));
    }

    /**
     * Sets each user's SCRAM password, removes any ACL of these principals that is not wanted (say, from an older
     * version) and grants the wanted ones.
     */
    private static void declareUsers(Admin admin, Map<String, String> passwords, Set<AclBinding> wanted) {
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        passwords.forEach((user, password) -> users.add(new UserScramCredentialUpsertion(user,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)));
        Set<String> principals = new HashSet<>();
        passwords.keySet().forEach(user -> principals.add("User:" + user));
        try {
            admin.alterUserScramCredentials(users).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .filter(b -> principals.contains(b.entry().principal()) && !wanted.contains(b))
                    .map(AclBinding::toFilter)
                    .toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("Removed {} ACLs of {} no account declares any more", stale.size(), principals);
            }
            admin.createAcls(wanted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("Kafka users {} with {} ACLs", principals, wanted.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring the Kafka users " + principals, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not declare the Kafka users and ACLs of " + principals, e);
        }
    }

    /**
     * The controller has the credentials once the calls above return; the broker learns them from the metadata
     * log a moment later. Waiting here means a service started next never sees a spurious login failure.
     */
    static void awaitLogins(String bootstrapServers, Map<String, String> passwords) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        passwords.forEach((user, password) -> {
            Map<String, Object> settings = new KafkaLogin(user, password).scramClient(bootstrapServers);
            while (true) {
                try (Admin client = Admin.create(settings)) {
                    client.describeCluster().clusterId().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + user, e);
                } catch (ExecutionException | TimeoutException e) {
                    if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
                        throw new IllegalStateException(user + " cannot log in to Kafka", e);
                    }
                    pause();
                }
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka users", e);
        }
    }
}
