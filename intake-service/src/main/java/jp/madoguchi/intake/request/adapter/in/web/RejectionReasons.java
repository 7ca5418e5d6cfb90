package jp.madoguchi.intake.request.adapter.in.web;

import jp.madoguchi.intake.request.domain.RequestRejectedException;

/**
 * The reasons a submission is refused for, as counted in {@code madoguchi.intake.requests{outcome=rejected_<reason>}}
 * and {@code madoguchi.requests.rejected}: the same for the JSON API and the web form, a fixed set.
 */
public final class RejectionReasons {

    public static final String DOMAIN_RULE = "domain_rule";
    public static final String UNKNOWN_CHAMBER = "unknown_chamber";
    public static final String INACTIVE_CHAMBER = "inactive_chamber";
    public static final String OPEN_REQUEST_LIMIT = "open_request_limit";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";

    private RejectionReasons() {
    }

    /** A chamber the registry does not know or no longer serves, or another of the domain's rules. */
    public static String of(RequestRejectedException rejected) {
        return rejected.violations().stream().filter(v -> v.field().equals("chamberId")).findFirst()
                .map(v -> v.messageCode().equals("request.chamber.inactive") ? INACTIVE_CHAMBER : UNKNOWN_CHAMBER)
                .orElse(DOMAIN_RULE);
    }
}
