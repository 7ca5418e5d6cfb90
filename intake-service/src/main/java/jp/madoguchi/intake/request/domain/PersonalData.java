package jp.madoguchi.intake.request.domain;

import java.util.Objects;

/**
 * The requester's personal data under APPI: who they are, how to reach them and their story. Lives only in
 * intake, encrypted at rest, never on Kafka and never in a log line (hence the redacting {@link #toString()}).
 *
 * @param email optional: owners who phone in may have none
 */
public record PersonalData(String name, String businessName, String phone, String email, String description) {

    public PersonalData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
