package jp.madoguchi.console.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;

/**
 * Token introspection (RFC 7662) answers {@code "active": false} for every token. Each service checks tokens itself
 * (JWT, the console's JWKS), so no client needs it; left open, any client (the metrics scraper, say) could learn
 * who holds a staff member's token and with which roles.
 */
final class NoIntrospection implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2TokenIntrospectionAuthenticationToken request = (OAuth2TokenIntrospectionAuthenticationToken) authentication;
        return new OAuth2TokenIntrospectionAuthenticationToken(request.getToken(),
                (Authentication) request.getPrincipal(), OAuth2TokenIntrospection.builder().build());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2TokenIntrospectionAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
