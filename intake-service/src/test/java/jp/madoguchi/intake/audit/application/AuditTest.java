package jp.madoguchi.intake.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

class AuditTest {

    private final InMemoryAuditEvents trail = new InMemoryAuditEvents();
    private final Audit audit =
            new Audit(trail, Clock.fixed(Instant.parse("2026-11-26T01:15:30.987654Z"), ZoneOffset.UTC));

    @Test
    void anEntryNamesTheCallerAsTheTokenDoesAtTheMillisecond() {
        UUID consultationId = UUID.randomUUID();
        Caller caller = new Caller("staff-suzuki", Set.of(Role.FEDERATION_STAFF, Role.ADMIN), Set.of(), null, null);

        audit.record(caller, AuditAction.STATUS_READ_BY_STAFF, consultationId, "ichinomiya", AuditOutcome.DENIED);

        assertThat(trail.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("staff-suzuki");
            assertThat(entry.roles()).containsExactly("ADMIN", "FEDERATION_STAFF");
            assertThat(entry.action()).isEqualTo(AuditAction.STATUS_READ_BY_STAFF);
            assertThat(entry.consultationId()).isEqualTo(consultationId);
            assertThat(entry.chamberId()).isEqualTo("ichinomiya");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-26T01:15:30.987Z"));
        });
    }

    @Test
    void aTrailThatCannotBeWrittenFailsTheCaller() {
        trail.becomeUnavailable();
        Caller client = new Caller("notification-service", Set.of(), Set.of("intake.contact.read"), null, null);

        assertThatThrownBy(() -> audit.record(client, AuditAction.CONTACT_READ, UUID.randomUUID(), "ichinomiya",
                AuditOutcome.GRANTED)).isInstanceOf(IllegalStateException.class);
    }
}
