package jp.madoguchi.intake.request.domain;

import java.util.List;

/** The request breaks a domain rule; nothing was stored. */
public class RequestRejectedException extends RuntimeException {

    private final transient List<Violation> violations;

    public RequestRejectedException(List<Violation> violations) {
        super("Request rejected on fields " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
