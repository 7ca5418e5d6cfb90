package jp.madoguchi.intake.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.intake.audit.application.AuditEventQuery.AuditPage;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

class AuditEventQueryTest {

    private static final Caller ADMIN = new Caller("admin-sato", Set.of(Role.ADMIN), Set.of(), null, null);
    private static final AuditFilter EVERYTHING = new AuditFilter(null, null, null);

    private final InMemoryAuditEvents trail = new InMemoryAuditEvents();
    private final AuditEventQuery query = new AuditEventQuery(trail);
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    private final AuditEvent at0900 = entry(first, "2026-11-26T00:00:00Z");
    private final AuditEvent at1000 = entry(second, "2026-11-26T01:00:00Z");
    private final AuditEvent at1100 = entry(first, "2026-11-26T02:00:00Z");

    AuditEventQueryTest() {
        trail.record(at1000);
        trail.record(at0900);
        trail.record(at1100);
    }

    @Test
    void administratorsPageThroughTheTrailNewestFirst() {
        AuditPage page0 = query.list(ADMIN, EVERYTHING, 0, 2);
        AuditPage page1 = query.list(ADMIN, EVERYTHING, 1, 2);

        assertThat(page0.items()).containsExactly(at1100, at1000);
        assertThat(page0.hasMore()).isTrue();
        assertThat(page0.page()).isZero();
        assertThat(page0.limit()).isEqualTo(2);
        assertThat(page1.items()).containsExactly(at0900);
        assertThat(page1.hasMore()).isFalse();
    }

    @Test
    void aFullLastPageSaysNoMoreFollow() {
        AuditPage page = query.list(ADMIN, EVERYTHING, 0, 3);

        assertThat(page.items()).containsExactly(at1100, at1000, at0900);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void theFilterNarrowsToAConsultationAndATimeRange() {
        assertThat(query.list(ADMIN, new AuditFilter(first, null, null), 0, 50).items())
                .containsExactly(at1100, at0900);
        assertThat(query.list(ADMIN, new AuditFilter(null, Instant.parse("2026-11-26T01:00:00Z"),
                Instant.parse("2026-11-26T02:00:00Z")), 0, 50).items())
                .as("from inclusive, to exclusive").containsExactly(at1000);
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        for (Role role : List.of(Role.FEDERATION_STAFF, Role.CHAMBER_ADVISOR, Role.CONSULTANT, Role.ANALYST,
                Role.OPERATOR)) {
            Caller caller = new Caller("someone", Set.of(role), Set.of(), "ichinomiya", "consultant-01");
            assertThatThrownBy(() -> query.list(caller, EVERYTHING, 0, 50)).as(role.name())
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> query.list(Caller.anonymous(), EVERYTHING, 0, 50))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void pageAndLimitMustBeInRange() {
        assertThat(query.list(ADMIN, EVERYTHING, 0, AuditEventQuery.MAX_LIMIT).items()).hasSize(3);
        assertThatThrownBy(() -> query.list(ADMIN, EVERYTHING, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.list(ADMIN, EVERYTHING, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.list(ADMIN, EVERYTHING, 0, AuditEventQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEvent entry(UUID consultationId, String at) {
        return new AuditEvent(UUID.randomUUID(), Instant.parse(at), "staff-suzuki", List.of("FEDERATION_STAFF"),
                AuditAction.STATUS_READ_BY_STAFF, consultationId, "ichinomiya", AuditOutcome.GRANTED);
    }
}
