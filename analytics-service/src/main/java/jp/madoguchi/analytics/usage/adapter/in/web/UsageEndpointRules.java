package jp.madoguchi.analytics.usage.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import jp.madoguchi.platform.security.EndpointRules;
import jp.madoguchi.platform.security.Role;

/** Who may read usage reports (ADR 0002). */
@Configuration(proxyBeanMethods = false)
class UsageEndpointRules {

    @Bean
    EndpointRules usageRules() {
        // Aggregates only, no consultation: analysts, staff and admins.
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/analytics/chambers/usage")
                .hasAnyAuthority(Role.ANALYST.authority(), Role.FEDERATION_STAFF.authority(), Role.ADMIN.authority());
    }
}
