package jp.madoguchi.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own endpoint rules, as a bean: who may call which of its endpoints at all. The platform applies them
 * after the operations rules every service shares and before "everything else is refused", so a new endpoint is
 * closed until someone writes its rule. Which chamber's or consultant's data a caller may see is the use cases'.
 */
@FunctionalInterface
public interface EndpointRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
