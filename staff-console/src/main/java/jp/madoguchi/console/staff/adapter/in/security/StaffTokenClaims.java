package jp.madoguchi.console.staff.adapter.in.security;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.console.staff.application.StaffUserStore;
import jp.madoguchi.console.staff.domain.Role;
import jp.madoguchi.console.staff.domain.StaffUser;

/**
 * Puts the claims of ADR 0002 into a staff member's tokens: {@code roles}, and {@code chamber_id} /
 * {@code consultant_id} where bound. Read from the store at issue time, so a changed user gets the current claims,
 * and a disabled or removed one no token at all ({@code invalid_grant}), whatever grant was approved before —
 * device code, authorization code or refresh token. Service clients get only their scopes. Counts
 * {@code madoguchi.console.tokens.issued}.
 */
@Component
class StaffTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final StaffUserStore store;
    private final MeterRegistry meters;

    StaffTokenClaims(StaffUserStore store, MeterRegistry meters) {
        this.store = store;
        this.meters = meters;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        String tokenType = context.getTokenType().getValue();
        AuthorizationGrantType grant = context.getAuthorizationGrantType();
        StaffUser user = null;
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(grant)) {
            user = store.find(context.getPrincipal().getName()).filter(StaffUser::enabled)
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_GRANT, "This staff member may no longer sign in.", null)));
        }
        meters.counter("madoguchi.console.tokens.issued", "token", tokenType,
                "grant", grant == null ? "unknown" : grant.getValue()).increment();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            // An access token names the services it is for; each service refuses any other (and any id_token).
            context.getClaims().audience(ServiceAudiences.of(context.getRegisteredClient().getClientId()));
        }
        boolean staffToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || OidcParameterNames.ID_TOKEN.equals(tokenType);
        if (!staffToken || user == null) {
            return;
        }
        context.getClaims().claim("roles", user.roles().stream().sorted().map(Role::name).toList());
        if (user.chamberId() != null) {
            context.getClaims().claim("chamber_id", user.chamberId());
        }
        if (user.consultantId() != null) {
            context.getClaims().claim("consultant_id", user.consultantId());
        }
    }
}
