package jp.madoguchi.scheduling.booking.adapter.in.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import jp.madoguchi.platform.security.EndpointRules;
import jp.madoguchi.platform.security.Role;

/** Who may call the appointment endpoints at all (ADR 0002); the controller narrows what each caller sees. */
@Configuration(proxyBeanMethods = false)
class AppointmentEndpointRules {

    @Bean
    EndpointRules appointmentRules() {
        // Consultants and advisors get only their own appointments: AppointmentController narrows.
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/appointments")
                .hasAnyAuthority(Role.FEDERATION_STAFF.authority(), Role.ADMIN.authority(),
                        Role.CONSULTANT.authority(), Role.CHAMBER_ADVISOR.authority());
    }
}
