package jp.madoguchi.intake.access;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.platform.web.RequestRejections;

/**
 * Counts refused requests by reason as {@code madoguchi.intake.requests.rejected}: the platform's reasons (validation,
 * malformed, media type, too large), the rate limit's, and intake's own domain refusals below.
 */
@Component
public class RejectionMetrics implements RequestRejections {

    public static final String DOMAIN_RULE = "domain_rule";
    public static final String UNKNOWN_CHAMBER = "unknown_chamber";

    private final MeterRegistry meters;

    RejectionMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void rejected(String reason) {
        Counter.builder("madoguchi.intake.requests.rejected")
                .description("Consultation requests and other intake calls refused, by reason")
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
