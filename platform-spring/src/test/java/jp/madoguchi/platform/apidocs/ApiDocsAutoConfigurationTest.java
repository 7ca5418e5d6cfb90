package jp.madoguchi.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springdoc.core.service.AbstractRequestService;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jp.madoguchi.platform.security.Caller;

class ApiDocsAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ApiDocsAutoConfiguration.class))
            .withPropertyValues("spring.application.name=intake-service");

    @Test
    void onByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ProblemResponses.class);
            OpenAPI openApi = context.getBean(OpenAPI.class);
            assertThat(openApi.getInfo().getTitle()).isEqualTo("intake-service");
            assertThat(openApi.getInfo().getDescription()).contains("intake-service");
            assertThat(openApi.getInfo().getVersion()).isEqualTo("v1");
            assertThat(openApi.getInfo().getContact().getName()).isNotBlank();
            assertThat(openApi.getInfo().getLicense().getName()).isNotBlank();
            assertThat(openApi.getServers()).singleElement()
                    .satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
            SecurityScheme bearer = openApi.getComponents().getSecuritySchemes()
                    .get(ApiDocsAutoConfiguration.BEARER_JWT);
            assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
            assertThat(bearer.getScheme()).isEqualTo("bearer");
            assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
            assertThat(openApi.getSecurity()).singleElement()
                    .satisfies(requirement -> assertThat(requirement).containsKey(ApiDocsAutoConfiguration.BEARER_JWT));
            assertThat(AbstractRequestService.isRequestTypeToIgnore(Caller.class)).isTrue();
        });
    }

    @Test
    void propertiesShapeTheInfoAndServers() {
        runner.withPropertyValues("madoguchi.api-docs.title=Intake API", "madoguchi.api-docs.description=Requests.",
                "madoguchi.api-docs.contact.email=api@example.jp", "madoguchi.api-docs.license.identifier=MIT",
                "madoguchi.api-docs.servers[0].url=http://127.0.0.1:8081",
                "madoguchi.api-docs.servers[0].description=Local").run(context -> {
                    OpenAPI openApi = context.getBean(OpenAPI.class);
                    assertThat(openApi.getInfo().getTitle()).isEqualTo("Intake API");
                    assertThat(openApi.getInfo().getDescription()).isEqualTo("Requests.");
                    assertThat(openApi.getInfo().getContact().getEmail()).isEqualTo("api@example.jp");
                    assertThat(openApi.getInfo().getLicense().getIdentifier()).isEqualTo("MIT");
                    assertThat(openApi.getServers()).singleElement()
                            .satisfies(server -> assertThat(server.getUrl()).isEqualTo("http://127.0.0.1:8081"));
                });
    }

    @Test
    void offWithItsOwnProperty() {
        runner.withPropertyValues("madoguchi.api-docs.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(OpenAPI.class);
            assertThat(context).doesNotHaveBean(ProblemResponses.class);
        });
    }

    @Test
    void offWhenSpringdocIsOff() {
        runner.withPropertyValues("springdoc.api-docs.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(OpenAPI.class);
            assertThat(context).doesNotHaveBean(ProblemResponses.class);
        });
    }

    @Test
    void aServicesOwnOpenApiWins() {
        runner.withUserConfiguration(OwnOpenApi.class).run(context -> {
            assertThat(context).hasSingleBean(OpenAPI.class);
            assertThat(context.getBean(OpenAPI.class).getInfo().getTitle()).isEqualTo("own");
            // Its operations need no token unless it says so, so none gets a 401 or 403.
            assertThat(context.getBean(ProblemResponses.class))
                    .extracting("securedByDefault").isEqualTo(false);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnOpenApi {

        @Bean
        OpenAPI ownOpenApi() {
            return new OpenAPI().info(new Info().title("own").version("1"));
        }
    }
}
