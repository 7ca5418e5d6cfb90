package jp.madoguchi.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Anything else a service adds to its filter chain (intake's rate limit for anonymous submissions, say), applied
 * after the platform's configuration and before the chain is built.
 */
@FunctionalInterface
public interface ResourceServerCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
