package jp.madoguchi.platform.apidocs;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.api-docs.*}: what a service's OpenAPI document says about the API as a whole. The defaults
 * already pass the lint ({@code tools/api-lint}); a service sets at least its {@code description}.
 *
 * @param enabled whether the platform shapes the document (info, bearer-token security, problem responses);
 *                {@code springdoc.api-docs.enabled=false} turns the document itself off
 * @param title the document's title; by default {@code spring.application.name}
 * @param description what the API is for (Markdown); by default one generic sentence naming the service
 * @param version the version of the API as its clients see it (the {@code /api/v1} paths)
 * @param contact who answers questions about the API
 * @param license the terms of use
 * @param servers where the API is reached; by default {@code /}, the host that serves the document, which is
 *                right wherever the service runs (a fixed host would be wrong in every other environment)
 */
@ConfigurationProperties("madoguchi.api-docs")
public record ApiDocsProperties(
        @DefaultValue("true") boolean enabled,
        String title,
        String description,
        @DefaultValue("v1") String version,
        @DefaultValue Contact contact,
        @DefaultValue License license,
        @DefaultValue List<Server> servers) {

    public ApiDocsProperties {
        servers = servers.isEmpty() ? List.of(new Server("/", "The host that serves this document"))
                : List.copyOf(servers);
    }

    /**
     * @param name a person or team
     * @param email an address to write to
     * @param url a page to go to
     */
    public record Contact(@DefaultValue("madoguchi") String name, String email, String url) {
    }

    /**
     * @param name the licence's name
     * @param url the licence's text; Redocly's {@code info-license-strict} warns while neither this nor an SPDX
     *            {@code identifier} is set
     * @param identifier an SPDX licence identifier (OpenAPI 3.1)
     */
    public record License(@DefaultValue("Proprietary") String name, String url, String identifier) {
    }

    /**
     * @param url the base URL of the paths; no trailing slash (except {@code /} itself), as both linters require
     * @param description which environment this is
     */
    public record Server(String url, String description) {
    }

    /** The document's title, the service's name if none is set. */
    String titleOr(String applicationName) {
        return title != null && !title.isBlank() ? title : applicationName;
    }

    /** The description, one generic sentence if none is set: both linters want one. */
    String descriptionOr(String applicationName) {
        return description != null && !description.isBlank() ? description
                : "The HTTP API of " + applicationName + " (madoguchi).";
    }
}
