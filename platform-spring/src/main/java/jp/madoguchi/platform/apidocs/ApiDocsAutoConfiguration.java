package jp.madoguchi.platform.apidocs;

import java.util.List;

import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jp.madoguchi.platform.security.Caller;

/**
 * One OpenAPI document shape for every service, so each {@code /v3/api-docs} passes Redocly's {@code recommended}
 * and Spectral's {@code spectral:oas} rulesets ({@code tools/api-lint}) without each service repeating it:
 * <ul>
 * <li>{@code info} and {@code servers} from {@code madoguchi.api-docs.*}; both linters want a description,
 * contact and licence, and Redocly refuses a document without servers;</li>
 * <li>the bearer-token scheme {@value #BEARER_JWT} (ADR 0002) required by every operation. A public operation
 * says so with an empty {@code @SecurityRequirements} and gets {@code security: []};</li>
 * <li>problem+json error responses with an example on every operation ({@link ProblemResponses});</li>
 * <li>no {@link Caller} parameter: it comes from the verified token, never from the request, so it is no part of
 * the API (springdoc would list it as a query parameter).</li>
 * </ul>
 * Off with {@code madoguchi.api-docs.enabled=false} or with springdoc's {@code springdoc.api-docs.enabled=false};
 * a service's own {@link OpenAPI} bean replaces the document's base, and the problem responses still apply.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({OpenAPI.class, SpringDocConfiguration.class})
@ConditionalOnBooleanProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "madoguchi.api-docs.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    /** The name of the security scheme every secured operation requires. */
    public static final String BEARER_JWT = "bearer-jwt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI madoguchiOpenApi(ApiDocsProperties properties, Environment environment) {
        String application = environment.getProperty("spring.application.name", "application");
        ApiDocsProperties.Contact contact = properties.contact();
        ApiDocsProperties.License license = properties.license();
        return new OpenAPI()
                .info(new Info()
                        .title(properties.titleOr(application))
                        .description(properties.descriptionOr(application))
                        .version(properties.version())
                        .contact(new Contact().name(contact.name()).email(contact.email()).url(contact.url()))
                        .license(new License().name(license.name()).url(license.url())
                                .identifier(license.identifier())))
                .servers(properties.servers().stream()
                        .map(server -> new Server().url(server.url()).description(server.description()))
                        .toList())
                .components(new Components().addSecuritySchemes(BEARER_JWT, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token of the federation's identity provider (the staff console; "
                                + "RS256): staff users carry `roles`, service clients `scope` (ADR 0002).")))
                .security(List.of(new SecurityRequirement().addList(BEARER_JWT)));
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponses problemResponses(ObjectProvider<OpenAPI> openApi) {
        OpenAPI base = openApi.getIfAvailable();
        return new ProblemResponses(base != null && base.getSecurity() != null && !base.getSecurity().isEmpty());
    }
}
