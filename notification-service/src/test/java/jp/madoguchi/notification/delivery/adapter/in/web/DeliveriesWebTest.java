package jp.madoguchi.notification.delivery.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.madoguchi.platform.security.MadoguchiJwtAuthorities;
import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.notification.delivery.application.Deliveries;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.DeliveryStatus;

@WebMvcTest(DeliveriesController.class)
@Import(DeliveryEndpointRules.class)
class DeliveriesWebTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Deliveries deliveries;

    @Test
    void listsTheDeliveryLogOfAConsultation() throws Exception {
        UUID consultationId = UUID.randomUUID();
        UUID deliveryId = UUID.randomUUID();
        UUID causedBy = UUID.randomUUID();
        given(deliveries.ofConsultation(consultationId)).willReturn(List.of(new Delivery(deliveryId, consultationId,
                "chiba", UUID.randomUUID(), NotificationPurpose.CONFIRMATION, RecipientRole.OWNER,
                NotificationChannel.RECORD_ONLY, DeliveryStatus.RECORDED, causedBy,
                Instant.parse("2026-11-26T01:15:32Z"))));

        mvc.perform(get("/api/v1/deliveries").with(caller("FEDERATION_STAFF")).param("consultationId", consultationId.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].deliveryId").value(deliveryId.toString()))
                .andExpect(jsonPath("$[0].consultationId").value(consultationId.toString()))
                .andExpect(jsonPath("$[0].purpose").value("CONFIRMATION"))
                .andExpect(jsonPath("$[0].recipientRole").value("OWNER"))
                .andExpect(jsonPath("$[0].channel").value("RECORD_ONLY"))
                .andExpect(jsonPath("$[0].status").value("RECORDED"))
                .andExpect(jsonPath("$[0].causedByEventId").value(causedBy.toString()))
                .andExpect(jsonPath("$[0].recordedAt").value("2026-11-26T01:15:32Z"))
                .andExpect(jsonPath("$[0].federationId").doesNotExist());
    }

    @Test
    void aConsultationIdThatIsNotAUuidIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/deliveries").with(caller("FEDERATION_STAFF")).param("consultationId", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("consultationId"));
    }

    @Test
    void aMissingConsultationIdIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/deliveries").with(caller("FEDERATION_STAFF")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("consultationId"));
    }

    @Test
    void noTokenIsUnauthorizedAndAnotherRoleIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/deliveries"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/deliveries").with(caller("ANALYST")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** A verified token with these roles, mapped as the service maps real ones; the matrix test uses real tokens. */
    private static RequestPostProcessor caller(String... roles) {
        return jwt().jwt(token -> token.claim("roles", List.of(roles))).authorities(new MadoguchiJwtAuthorities());
    }
}
