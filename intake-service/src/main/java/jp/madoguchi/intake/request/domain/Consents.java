package jp.madoguchi.intake.request.domain;

/**
 * @param privacyNotice the owner accepted the privacy notice; a request without it cannot be taken
 * @param noticeVersion the version of the privacy notice the owner was shown and accepted
 * @param outcomeSharedWithChamber the owner allows the consultation's outcome to be shared with their chamber
 */
public record Consents(boolean privacyNotice, String noticeVersion, boolean outcomeSharedWithChamber) {
}
