package jp.madoguchi.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.analytics.*}.
 *
 * @param federationId the federation whose chambers the reports list
 */
@ConfigurationProperties("madoguchi.analytics")
public record AnalyticsProperties(@DefaultValue("chiba") String federationId) {
}
