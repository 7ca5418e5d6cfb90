package jp.madoguchi.notification.delivery.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import jp.madoguchi.platform.security.EndpointRules;
import jp.madoguchi.platform.security.Role;

/** Who may read the delivery log (ADR 0002). */
@Configuration(proxyBeanMethods = false)
class DeliveryEndpointRules {

    @Bean
    EndpointRules deliveryRules() {
        // The delivery log says which owner was told what: staff, operations and admins.
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/deliveries")
                .hasAnyAuthority(Role.FEDERATION_STAFF.authority(), Role.OPERATOR.authority(), Role.ADMIN.authority());
    }
}
