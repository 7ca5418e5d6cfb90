package jp.madoguchi.intake.request.domain;

/**
 * How to reach a requester, and no more: never their story. Fields a caller may not see are {@code null}
 * (a consultant gets name, reading and phone only).
 *
 * @param phone E.164, or null
 */
public record ContactDetails(String name, String nameKana, String businessName, String phone, String email) {

    /** What the consultant assigned to the consultation needs to call the owner. */
    public ContactDetails forConsultant() {
        return new ContactDetails(name, nameKana, null, phone, null);
    }

    @Override
    public String toString() {
        return "ContactDetails[redacted]";
    }
}
