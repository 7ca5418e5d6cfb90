package jp.madoguchi.platform.apidocs;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Every operation's error answers as the services send them: {@code application/problem+json} (RFC 9457) with
 * the {@code ProblemDetail} schema and an example. 400 where there is input to get wrong, 401 and 403 where a
 * token is required, 500 everywhere; any other error a controller documents itself with {@code @ApiResponse}
 * (404, 413, 429 …) keeps its description and gets the same content. Every 401 says it carries
 * {@code WWW-Authenticate}, public operations' included: a bad token is refused there too.
 * <p>
 * Error responses springdoc derives from exception handlers are dropped: an advice applies to every controller,
 * so it would promise a 404 on a list that can never answer one. What a caller can get is what the controller
 * says plus the rules above.
 */
public class ProblemResponses implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    /** The name of the schema in {@code components}. */
    public static final String SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** The annotation, not the model class of the same name. */
    private static final Class<io.swagger.v3.oas.annotations.responses.ApiResponse> DOCUMENTED =
            io.swagger.v3.oas.annotations.responses.ApiResponse.class;

    private final boolean securedByDefault;

    /**
     * @param securedByDefault whether an operation without its own {@code security} inherits a non-empty global
     *                         requirement, i.e. needs a token
     */
    public ProblemResponses(boolean securedByDefault) {
        this.securedByDefault = securedByDefault;
    }

    /** Last, so it replaces any schema springdoc derived from Spring's own {@code ProblemDetail} class. */
    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemDetailSchema());
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        Set<String> documented = documentedCodes(handlerMethod);
        responses.keySet().removeIf(code -> isError(code) && !documented.contains(code));

        if (hasInput(operation)) {
            ensure(responses, HttpStatus.BAD_REQUEST,
                    "The input is invalid: `errors` names each field and what is wrong with it.")
                    .setContent(content(invalidInputExample(operation)));
        }
        if (isSecured(operation)) {
            ensure(responses, HttpStatus.UNAUTHORIZED,
                    "No bearer token, or one that is forged, expired or of another issuer.");
            ensure(responses, HttpStatus.FORBIDDEN,
                    "The token is valid, but its roles or scopes do not allow this operation.");
        }
        ensure(responses, HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error; nothing about it is disclosed.");

        responses.forEach((code, response) -> {
            if (isError(code) && !hasProblemContent(response)) {
                response.setContent(content(example(Integer.parseInt(code))));
            }
        });
        ApiResponse unauthorized = responses.get(String.valueOf(HttpStatus.UNAUTHORIZED.value()));
        if (unauthorized != null) {
            unauthorized.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header()
                    .description("The bearer-token challenge of RFC 6750, kept on every 401.")
                    .schema(typed("string")));
        }
        operation.setResponses(sorted(responses));
        return operation;
    }

    private boolean isSecured(Operation operation) {
        return operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
    }

    private static boolean hasInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    /** A single 4xx or 5xx code; ranges such as {@code 4XX} are left as the controller wrote them. */
    private static boolean isError(String code) {
        return code.matches("[45]\\d\\d");
    }

    private static boolean hasProblemContent(ApiResponse response) {
        return response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON)
                && response.getContent().size() == 1;
    }

    /** The response of this status, added with the default description unless the controller documented it. */
    private static ApiResponse ensure(ApiResponses responses, HttpStatus status, String description) {
        return responses.computeIfAbsent(String.valueOf(status.value()),
                code -> new ApiResponse().description(description));
    }

    /** The codes a controller documents with {@code @ApiResponse} on a method, its class or its operation. */
    private static Set<String> documentedCodes(HandlerMethod handlerMethod) {
        Method method = handlerMethod.getMethod();
        Set<String> codes = new TreeSet<>();
        AnnotatedElementUtils.findMergedRepeatableAnnotations(method, DOCUMENTED)
                .forEach(response -> codes.add(response.responseCode()));
        AnnotatedElementUtils.findMergedRepeatableAnnotations(handlerMethod.getBeanType(), DOCUMENTED)
                .forEach(response -> codes.add(response.responseCode()));
        io.swagger.v3.oas.annotations.Operation operation = AnnotatedElementUtils.findMergedAnnotation(method,
                io.swagger.v3.oas.annotations.Operation.class);
        if (operation != null) {
            for (var response : operation.responses()) {
                codes.add(response.responseCode());
            }
        }
        return codes;
    }

    /** Success first, then errors by code: the order a reader looks for them in. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeSet<>(responses.keySet()).forEach(code -> sorted.addApiResponse(code, responses.get(code)));
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }

    private static Content content(Map<String, Object> example) {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
                .example(example));
    }

    /** What {@code ProblemDetailsAdvice} answers for a malformed body or a bad parameter. */
    private static Map<String, Object> invalidInputExample(Operation operation) {
        Map<String, Object> problem = example(HttpStatus.BAD_REQUEST.value());
        problem.put("title", "Invalid request");
        problem.put("detail", "入力内容に誤りがあります。");
        List<Parameter> parameters = operation.getParameters() != null ? operation.getParameters() : List.of();
        Map<String, Object> error = new LinkedHashMap<>();
        if (operation.getRequestBody() != null || parameters.isEmpty()) {
            error.put("field", "body");
            error.put("message", "JSON の形式が正しくありません。");
        } else {
            error.put("field", parameters.get(0).getName());
            error.put("message", "形式が正しくありません。");
        }
        problem.put("errors", List.of(error));
        return problem;
    }

    /** The body every other refusal has; 401, 403 and 500 with the platform's own Japanese details. */
    private static Map<String, Object> example(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        if (known != null) {
            problem.put("title", known.getReasonPhrase());
        }
        problem.put("status", status);
        String detail = known == null ? null : switch (known) {
            case UNAUTHORIZED -> "認証が必要です。";
            case FORBIDDEN -> "この操作を行う権限がありません。";
            case INTERNAL_SERVER_ERROR -> "システムエラーが発生しました。時間をおいて再度お試しください。";
            default -> null;
        };
        if (detail != null) {
            problem.put("detail", detail);
        }
        return problem;
    }

    /** RFC 9457's members plus the platform's {@code errors}; unknown members are allowed, as the RFC says. */
    static Schema<?> problemDetailSchema() {
        Schema<?> fieldError = typed("object")
                .description("One rejected input field and what to fix, in Japanese.")
                .addProperty("field", typed("string").description(
                        "The field's JSON path (`requester.phone`, `preferredDays[1]`), a parameter, or `body`."))
                .addProperty("message", typed("string")
                        .description("What is wrong, in Japanese, without echoing the input."));
        fieldError.setRequired(List.of("field", "message"));
        return typed("object")
                .description("An RFC 9457 problem details object, as every error of every madoguchi service is.")
                .addProperty("type", typed("string").format("uri-reference")
                        .description("Identifies the kind of problem; `about:blank` when the status says it all."))
                .addProperty("title", typed("string")
                        .description("A short, human-readable summary of the kind of problem."))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status code."))
                .addProperty("detail", typed("string")
                        .description("What happened, for the person using the client (Japanese)."))
                .addProperty("instance", typed("string").format("uri-reference")
                        .description("The request path the problem occurred on."))
                .addProperty("errors", typed("array").items(fieldError)
                        .description("Present on 400 answers: one entry per rejected field."));
    }

    /**
     * A schema of one type in both document versions: OpenAPI 3.0 writes {@code type}, 3.1 writes {@code types}
     * (as {@code type}), and springdoc serialises whichever version it is configured for.
     */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new TreeSet<>(Set.of(type)));
        return schema;
    }
}
