package jp.madoguchi.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.security.*}; the issuer and JWKS are Boot's {@code spring.security.oauth2.resourceserver.jwt.*}.
 *
 * @param clockSkew how far clocks may differ when checking {@code exp} and {@code nbf} (ADR 0002: 30 s, not
 *                  Boot's 60)
 * @param metricsScope the scope a metrics scraper's client-credentials token carries for {@code
 *                     /actuator/prometheus}
 * @param audience what a token's {@code aud} must contain for this service to accept it; by default the service's
 *                 {@code spring.application.name}. An id_token, or an access token meant for another service, does not
 *                 carry it.
 */
@ConfigurationProperties("madoguchi.security")
public record ResourceServerProperties(
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue(Scopes.METRICS_READ) String metricsScope,
        String audience) {
}
