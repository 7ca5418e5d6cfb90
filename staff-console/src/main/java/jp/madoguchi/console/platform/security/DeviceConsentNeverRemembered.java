package jp.madoguchi.console.platform.security;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Consent for a device-flow client is asked every time and never remembered. Remembered, a staff member who once
 * approved {@code madoguchi-cli} would approve an attacker's device code just by opening the attacker's
 * {@code verification_uri_complete} link (one GET, even cross-site), and the attacker's poll would receive their
 * token. Asked every time, the consent page shows the user code and needs the CSRF-protected POST.
 */
final class DeviceConsentNeverRemembered implements OAuth2AuthorizationConsentService {

    private final OAuth2AuthorizationConsentService remembered;
    private final RegisteredClientRepository clients;

    DeviceConsentNeverRemembered(OAuth2AuthorizationConsentService remembered, RegisteredClientRepository clients) {
        this.remembered = remembered;
        this.clients = clients;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        if (!isDeviceClient(consent.getRegisteredClientId())) {
            remembered.save(consent);
        }
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        remembered.remove(consent);
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        return isDeviceClient(registeredClientId) ? null : remembered.findById(registeredClientId, principalName);
    }

    private boolean isDeviceClient(String registeredClientId) {
        RegisteredClient client = clients.findById(registeredClientId);
        return client != null && client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.DEVICE_CODE);
    }
}
