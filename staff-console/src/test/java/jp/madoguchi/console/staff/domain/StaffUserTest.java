package jp.madoguchi.console.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffUserTest {

    @Test
    void advisorNeedsAChamberAndConsultantNeedsAConsultantId() {
        assertThatThrownBy(() -> new StaffUser("advisor.x", "{bcrypt}h", Set.of(Role.CHAMBER_ADVISOR), null, null, true))
                .isInstanceOfSatisfying(StaffUserRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("chamberId"));
        assertThatThrownBy(() -> new StaffUser("consultant.x", "{bcrypt}h", Set.of(Role.CONSULTANT), null, " ", true))
                .isInstanceOfSatisfying(StaffUserRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("consultantId"));
    }

    @Test
    void onlyAdvisorsAndConsultantsCarryBindings() {
        assertThatThrownBy(() -> new StaffUser("analyst.x", "{bcrypt}h", Set.of(Role.ANALYST), "ichinomiya", null, true))
                .isInstanceOf(StaffUserRejectedException.class);
        StaffUser advisor = new StaffUser("advisor.y", "{bcrypt}h", Set.of(Role.CHAMBER_ADVISOR), "ichinomiya", null,
                true);
        assertThat(advisor.chamberId()).isEqualTo("ichinomiya");
    }

    @Test
    void needsAUserNameAPasswordHashAndARole() {
        assertThatThrownBy(() -> new StaffUser("X", "", Set.of(), null, null, true))
                .isInstanceOfSatisfying(StaffUserRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("username", "password", "roles"));
    }
}
