package jp.madoguchi.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.intake.*} that more than one feature reads.
 *
 * @param federationId the federation this intake serves: its chamber registry and the id every event carries
 * @param privacyNoticeVersion the version of the privacy notice in force (shown on the web form, read out by the
 *                             phone desk); a request must carry it as the version its owner accepted. Change it with
 *                             the notice's text ({@code templates/privacy-notice}).
 */
@ConfigurationProperties("madoguchi.intake")
public record IntakeProperties(String federationId, @DefaultValue("2026-12") String privacyNoticeVersion) {

    public IntakeProperties {
        if (federationId == null || federationId.isBlank()) {
            throw new IllegalArgumentException("madoguchi.intake.federation-id is required");
        }
    }
}
