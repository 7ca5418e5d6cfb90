package jp.madoguchi.intake.request.application;

import java.util.Set;

import jp.madoguchi.intake.access.IntakeScopes;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/** Callers as verified tokens name them. */
final class Callers {

    private Callers() {
    }

    static Caller federationStaff() {
        return new Caller("staff-suzuki", Set.of(Role.FEDERATION_STAFF), Set.of(), null, null);
    }

    static Caller admin() {
        return new Caller("admin-sato", Set.of(Role.ADMIN), Set.of(), null, null);
    }

    static Caller advisorOf(String chamberId) {
        return new Caller("advisor-" + chamberId, Set.of(Role.CHAMBER_ADVISOR), Set.of(), chamberId, null);
    }

    static Caller consultant(String consultantId) {
        return new Caller("user-" + consultantId, Set.of(Role.CONSULTANT), Set.of(), null, consultantId);
    }

    static Caller analyst() {
        return new Caller("analyst-tanaka", Set.of(Role.ANALYST), Set.of(), null, null);
    }

    static Caller notificationClient() {
        return new Caller("notification-service", Set.of(), Set.of(IntakeScopes.CONTACT_READ), null, null);
    }
}
