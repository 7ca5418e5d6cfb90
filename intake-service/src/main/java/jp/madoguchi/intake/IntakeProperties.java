package jp.madoguchi.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.intake.*} that more than one feature reads.
 *
 * @param federationId the federation this intake serves: its chamber registry and the id every event carries
 * @param privacyNoticeVersion the version of the privacy notice in force (shown on the web form, read out by the
 *                             phone desk); a request must carry it as the version its owner accepted. Change it with
 *                             the notice's text ({@code templates/privacy-notice}).
 * @param idempotencyKeyLifetime how long an {@code Idempotency-Key} answers with its first request
 */
@ConfigurationProperties("madoguchi.intake")
public record IntakeProperties(String federationId, @DefaultValue("2026-12") String privacyNoticeVersion,
        @DefaultValue("24h") Duration idempotencyKeyLifetime) {

    public IntakeProperties {
        if (federationId == null || federationId.isBlank()) {
            throw new IllegalArgumentException("madoguchi.intake.federation-id is required");
        }
    }
}
