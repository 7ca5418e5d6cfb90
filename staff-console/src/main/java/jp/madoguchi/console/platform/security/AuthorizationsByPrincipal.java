package jp.madoguchi.console.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations of Spring Authorization Server (device codes, authorization codes and what was issued for
 * them), kept in memory as before, plus a way to remove all of one principal's: the interface only finds them by
 * id or token, and a disabled staff member's must go at once.
 */
public final class AuthorizationsByPrincipal implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService authorizations = new InMemoryOAuth2AuthorizationService();
    /** Authorization id → principal name; a device code changes from the client's name to the person's. */
    private final Map<String, String> principals = new ConcurrentHashMap<>();

    @Override
    public void save(OAuth2Authorization authorization) {
        authorizations.save(authorization);
        principals.put(authorization.getId(), authorization.getPrincipalName());
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
        principals.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return authorizations.findByToken(token, tokenType);
    }

    /** Removes every authorization of this principal. */
    public void removeAllOf(String principalName) {
        principals.entrySet().removeIf(entry -> {
            if (!entry.getValue().equals(principalName)) {
                return false;
            }
            OAuth2Authorization authorization = authorizations.findById(entry.getKey());
            if (authorization != null) {
                authorizations.remove(authorization);
            }
            return true;
        });
    }
}
