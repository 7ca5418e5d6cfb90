package jp.madoguchi.platform.security;

/** Scopes as authorities (ADR 0002): a service client's token carries scopes, never roles. */
public final class Scopes {

    /** Prometheus scraping {@code /actuator/prometheus} with its client-credentials token. */
    public static final String METRICS_READ = "metrics.read";

    private Scopes() {
    }

    /** The Spring Security authority of a scope, e.g. {@code SCOPE_metrics.read}. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
