package jp.madoguchi.intake.request.application;

import java.util.UUID;

import jp.madoguchi.intake.request.domain.StatusToken;

/**
 * What the web form's receipt page shows once: the reference code and the status token, which must not travel in a
 * URL (server logs, browser history) and so waits here, encrypted, until the owner's browser follows the redirect.
 */
public record FormReceipt(UUID consultationId, String referenceCode, StatusToken statusToken) {
}
