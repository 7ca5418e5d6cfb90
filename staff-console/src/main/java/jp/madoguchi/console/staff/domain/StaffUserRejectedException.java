package jp.madoguchi.console.staff.domain;

import java.util.List;

public class StaffUserRejectedException extends RuntimeException {

    private final List<Violation> violations;

    public StaffUserRejectedException(List<Violation> violations) {
        super("staff user rejected: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
