package jp.madoguchi.scheduling;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.testsupport.TestTokens;

/** What operations and the API docs rely on. */
@SchedulingServiceTest
class OperationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void readinessIncludesMongoAndTheKafkaBinder() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.binders.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void onlyAnOperatorSeesTheDetailsOfHealth() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.operator().bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.mongo.details").exists());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/appointments'].get").exists());
    }
}
