package jp.madoguchi.intake.platform;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Counts refused requests by reason ({@code madoguchi.intake.requests.rejected}), a small fixed set of tags. */
@Component
public class RejectionMetrics {

    public static final String VALIDATION = "validation";
    public static final String DOMAIN_RULE = "domain_rule";
    public static final String UNKNOWN_CHAMBER = "unknown_chamber";
    public static final String MALFORMED = "malformed";
    public static final String MEDIA_TYPE = "media_type";
    public static final String TOO_LARGE = "too_large";
    public static final String RATE_LIMITED = "rate_limited";

    private final MeterRegistry meters;

    RejectionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void rejected(String reason) {
        meters.counter("madoguchi.intake.requests.rejected", "reason", reason).increment();
    }
}
