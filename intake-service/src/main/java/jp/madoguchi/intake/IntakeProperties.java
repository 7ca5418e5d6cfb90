package jp.madoguchi.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code madoguchi.intake.*} that more than one feature reads.
 *
 * @param federationId the federation this intake serves: its chamber registry and the id every event carries
 */
@ConfigurationProperties("madoguchi.intake")
public record IntakeProperties(String federationId) {

    public IntakeProperties {
        if (federationId == null || federationId.isBlank()) {
            throw new IllegalArgumentException("madoguchi.intake.federation-id is required");
        }
    }
}
