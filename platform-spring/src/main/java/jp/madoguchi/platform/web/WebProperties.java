package jp.madoguchi.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.web.*}.
 *
 * @param maxRequestBytes the largest request body any endpoint reads; larger ones get 413 before
 *                        anything parses them
 */
@ConfigurationProperties("madoguchi.web")
public record WebProperties(@DefaultValue("65536") int maxRequestBytes) {

    public WebProperties {
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("madoguchi.web.max-request-bytes must be positive");
        }
    }
}
