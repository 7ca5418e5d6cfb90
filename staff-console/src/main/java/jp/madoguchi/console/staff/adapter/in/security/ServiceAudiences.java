package jp.madoguchi.console.staff.adapter.in.security;

import java.util.List;

/**
 * Which services an access token of each client is for (its {@code aud}, ADR 0002). A staff member's token, from
 * the CLI or the console's pages, may call all four (the services' own rules decide the rest); the notification
 * service's token only reads contact details from intake.
 */
final class ServiceAudiences {

    static final List<String> ALL_SERVICES = List.of("intake-service", "scheduling-service", "notification-service",
            "analytics-service");

    private ServiceAudiences() {
    }

    static List<String> of(String clientId) {
        return "notification-service".equals(clientId) ? List.of("intake-service") : ALL_SERVICES;
    }
}
