package jp.madoguchi.analytics.usage.adapter.in.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jp.madoguchi.platform.security.MadoguchiJwtAuthorities;
import jp.madoguchi.analytics.usage.application.UsageReport;
import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;

@WebMvcTest(ChamberUsageController.class)
@Import(UsageEndpointRules.class)
class ChamberUsageWebTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UsageReport usageReport;

    @Test
    void reportsUsagePerChamberInTheAgreedShape() throws Exception {
        given(usageReport.perChamber(new UsagePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))))
                .willReturn(new UsageReport.Report("chiba", Instant.parse("2026-12-01T00:00:00Z"),
                        List.of(new ChamberUsage("ichinomiya", 1, 1, 0, 0, 0, 0))));

        mvc.perform(get("/api/v1/analytics/chambers/usage").with(caller("ANALYST")).param("from", "2026-11-01").param("to", "2026-11-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.federationId").value("chiba"))
                .andExpect(jsonPath("$.generatedAt").value("2026-12-01T00:00:00Z"))
                .andExpect(jsonPath("$.chambers[0].chamberId").value("ichinomiya"))
                .andExpect(jsonPath("$.chambers[0].requested").value(1))
                .andExpect(jsonPath("$.chambers[0].scheduled").value(1))
                .andExpect(jsonPath("$.chambers[0].completed").value(0))
                .andExpect(jsonPath("$.chambers[0].cancelled").value(0))
                .andExpect(jsonPath("$.chambers[0].noShow").value(0))
                .andExpect(jsonPath("$.chambers[0].withdrawn").value(0));
    }

    @Test
    void aDateThatIsNotIsoIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/analytics/chambers/usage").with(caller("ANALYST")).param("from", "2026/11/01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        then(usageReport).should(never()).perChamber(any());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/analytics/chambers/usage").with(caller("ANALYST")).param("from", "2026-11-30").param("to", "2026-11-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        then(usageReport).should(never()).perChamber(any());
    }

    @Test
    void noTokenIsUnauthorizedAndAnotherRoleIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/analytics/chambers/usage"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/analytics/chambers/usage").with(caller("CONSULTANT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** A verified token with these roles, mapped as the service maps real ones; the matrix test uses real tokens. */
    private static RequestPostProcessor caller(String... roles) {
        return jwt().jwt(token -> token.claim("roles", List.of(roles))).authorities(new MadoguchiJwtAuthorities());
    }
}
