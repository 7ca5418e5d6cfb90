package jp.madoguchi.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;

class ProblemResponsesTest {

    private final ProblemResponses problems = new ProblemResponses(true);

    @Test
    void aSecuredOperationWithInputCanAnswer400401403And500() throws Exception {
        Operation operation = new Operation().addParametersItem(new Parameter().name("consultationId").in("query"))
                .responses(new ApiResponses().addApiResponse("200", response("OK")));

        problems.customize(operation, handler("plain"));

        assertThat(operation.getResponses()).containsOnlyKeys("200", "400", "401", "403", "500");
        assertThat(operation.getResponses().get("401").getHeaders()).containsKey("WWW-Authenticate");
        assertThat(operation.getResponses().get("400").getContent()).containsOnlyKeys(ProblemResponses.PROBLEM_JSON);
        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) operation.getResponses().get("400").getContent()
                .get(ProblemResponses.PROBLEM_JSON).getExample();
        assertThat(example).containsEntry("status", 400)
                .containsEntry("errors", List.of(Map.of("field", "consultationId", "message", "形式が正しくありません。")));
    }

    @Test
    void theSchemaIsInTheComponents() {
        OpenAPI openApi = new OpenAPI();

        problems.customise(openApi);

        assertThat(openApi.getComponents().getSchemas().get(ProblemResponses.SCHEMA).getProperties())
                .containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void aPublicOperationWithoutInputCanAnswerOnly500() throws Exception {
        Operation operation = new Operation().security(List.of());

        problems.customize(operation, handler("plain"));

        assertThat(operation.getResponses()).containsOnlyKeys("500");
    }

    @Test
    void errorsDerivedFromExceptionHandlersGoDocumentedOnesStayAsProblemJson() throws Exception {
        Operation operation = new Operation().security(List.of()).responses(new ApiResponses()
                .addApiResponse("404", response("derived"))
                .addApiResponse("429", response("Too many")));

        problems.customize(operation, handler("documented"));

        assertThat(operation.getResponses()).containsOnlyKeys("429", "500");
        assertThat(operation.getResponses().get("429").getDescription()).isEqualTo("Too many");
        assertThat(operation.getResponses().get("429").getContent()).containsOnlyKeys(ProblemResponses.PROBLEM_JSON);
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse response(String description) {
        return new io.swagger.v3.oas.models.responses.ApiResponse().description(description);
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name));
    }

    static class Endpoints {

        void plain() {
        }

        @ApiResponse(responseCode = "429", description = "Too many")
        void documented() {
        }
    }
}
