package jp.madoguchi.console.staff.adapter.in.startup;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import jp.madoguchi.console.platform.ConsoleProperties;
import jp.madoguchi.console.platform.LocalCredentials;
import jp.madoguchi.console.staff.application.NewStaffUser;
import jp.madoguchi.console.staff.application.StaffUserAdministration;
import jp.madoguchi.console.staff.domain.Role;

/**
 * The first staff members. In the {@code local} profile, with no staff yet: one demo user per role with a random
 * password (hash stored, password handed over once through {@link LocalCredentials}). In every other profile
 * nobody is created unless an administrator is given through the environment
 * ({@code MADOGUCHI_BOOTSTRAP_ADMIN_USERNAME} + {@code MADOGUCHI_BOOTSTRAP_ADMIN_PASSWORD_HASH}).
 */
@Component
@Order(0)
class FirstStaff implements ApplicationRunner {

    static final String LOCAL_DEMO_ACTOR = "system:local-demo";
    static final String BOOTSTRAP_ACTOR = "system:bootstrap";

    private static final Logger log = LoggerFactory.getLogger(FirstStaff.class);

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("staff.demo", Role.FEDERATION_STAFF, null, null),
            new DemoUser("advisor.ichinomiya", Role.CHAMBER_ADVISOR, "ichinomiya", null),
            new DemoUser("consultant.01", Role.CONSULTANT, null, "consultant-01"),
            new DemoUser("analyst.demo", Role.ANALYST, null, null),
            new DemoUser("operator.demo", Role.OPERATOR, null, null),
            new DemoUser("admin.demo", Role.ADMIN, null, null));

    private final StaffUserAdministration administration;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final ObjectProvider<LocalCredentials> localCredentials;
    private final ConsoleProperties.BootstrapAdmin bootstrapAdmin;

    FirstStaff(StaffUserAdministration administration, PasswordEncoder passwordEncoder, Environment environment,
            ObjectProvider<LocalCredentials> localCredentials, ConsoleProperties console) {
        this.administration = administration;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.localCredentials = localCredentials;
        this.bootstrapAdmin = console.bootstrapAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!administration.noStaffYet()) {
            return;
        }
        Optional<LocalCredentials> local = Optional.ofNullable(localCredentials.getIfAvailable())
                .filter(c -> environment.acceptsProfiles(Profiles.of("local")));
        if (local.isPresent()) {
            createDemoUsers(local.get());
        } else if (bootstrapAdmin.given()) {
            administration.create(BOOTSTRAP_ACTOR, List.of(), new NewStaffUser(bootstrapAdmin.username(),
                    bootstrapAdmin.passwordHash(), EnumSet.of(Role.ADMIN), null, null));
            log.info("Created the first administrator '{}' from MADOGUCHI_BOOTSTRAP_ADMIN_USERNAME",
                    bootstrapAdmin.username());
        } else {
            log.info("No staff users exist and none are created outside the local profile. To create the first "
                    + "administrator, start once with MADOGUCHI_BOOTSTRAP_ADMIN_USERNAME=<name> and "
                    + "MADOGUCHI_BOOTSTRAP_ADMIN_PASSWORD_HASH=<{bcrypt}... hash of the password> "
                    + "(see staff-console/README.md).");
        }
    }

    private void createDemoUsers(LocalCredentials credentials) {
        for (DemoUser demo : DEMO_USERS) {
            String password = LocalCredentials.randomSecret(16);
            administration.create(LOCAL_DEMO_ACTOR, List.of(), new NewStaffUser(demo.username(),
                    passwordEncoder.encode(password), EnumSet.of(demo.role()), demo.chamberId(), demo.consultantId()));
            String binding = demo.chamberId() != null ? " chamber_id=" + demo.chamberId()
                    : demo.consultantId() != null ? " consultant_id=" + demo.consultantId() : "";
            credentials.addUser(demo.username(), password, demo.role().name() + binding);
        }
        log.info("local profile: created {} demo staff users (one per role)", DEMO_USERS.size());
    }

    private record DemoUser(String username, Role role, String chamberId, String consultantId) {
    }
}
