package jp.madoguchi.broker;

import java.util.ArrayList;
import java.util.Arrays;
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

/** The services' SCRAM users and ACLs, made equal to {@link ServiceAccount} on every start. */
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
        List<UserScramCredentialAlteration> users = new ArrayList<>();
        passwords.forEach((account, password) -> users.add(new UserScramCredentialUpsertion(account.userName(),
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password)));
        Set<AclBinding> wanted = new HashSet<>();
        Arrays.stream(ServiceAccount.values()).forEach(a -> wanted.addAll(a.aclBindings()));
        Set<String> principals = new HashSet<>();
        Arrays.stream(ServiceAccount.values()).forEach(a -> principals.add("User:" + a.userName()));
        try {
            admin.alterUserScramCredentials(users).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .filter(b -> principals.contains(b.entry().principal()) && !wanted.contains(b))
                    .map(AclBinding::toFilter)
                    .toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("Removed {} ACLs no service account has any more", stale.size());
            }
            admin.createAcls(wanted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("Kafka users {} with {} ACLs", principals, wanted.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring the services' Kafka users", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not declare the services' Kafka users and ACLs", e);
        }
    }

    /**
     * The controller has the credentials once the calls above return; the broker learns them from the metadata
     * log a moment later. Waiting here means a service started next never sees a spurious login failure.
     */
    static void awaitLogins(String bootstrapServers, Map<ServiceAccount, String> passwords) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        passwords.forEach((account, password) -> {
            Map<String, Object> settings = new KafkaLogin(account.userName(), password).scramClient(bootstrapServers);
            while (true) {
                try (Admin client = Admin.create(settings)) {
                    client.describeCluster().clusterId().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + account.userName(), e);
                } catch (ExecutionException | TimeoutException e) {
                    if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
                        throw new IllegalStateException(account.userName() + " cannot log in to Kafka", e);
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
