package jp.madoguchi.console.platform.security;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A client-credentials request without {@code scope} gets the client's registered scopes (RFC 6749 §3.3 lets the
 * server pick a default) instead of a token with none. Registered scopes are narrow by design, so this never
 * widens anything; a request naming another scope is still refused with {@code invalid_scope}.
 */
final class RegisteredScopesByDefault implements AuthenticationConverter {

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.getValue()
                .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                || request.getParameter(OAuth2ParameterNames.SCOPE) != null) {
            return null;
        }
        Authentication client = SecurityContextHolder.getContext().getAuthentication();
        if (!(client instanceof OAuth2ClientAuthenticationToken token) || token.getRegisteredClient() == null) {
            return null;
        }
        return new OAuth2ClientCredentialsAuthenticationToken(client, token.getRegisteredClient().getScopes(),
                Map.of());
    }
}
