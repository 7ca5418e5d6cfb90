package jp.madoguchi.intake.request.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The requester's personal data under APPI: who they are, how to reach them and their story. Lives only in
 * intake, encrypted at rest, never on Kafka and never in a log line (hence the redacting {@link #toString()}).
 * At least one way to reach them: a phone number, an e-mail address, or both.
 *
 * @param nameKana the name's reading (furigana), optional
 * @param phone E.164 ({@code +81475421234}), or null
 * @param email normalised (NFKC, stripped), or null
 */
public record PersonalData(String name, String nameKana, String businessName, String phone, String email,
        String description) {

    private static final Pattern MOBILE = Pattern.compile("\\+81[789]0\\d{8}");

    public PersonalData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(description, "description");
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A requester gives a phone number or an e-mail address");
        }
    }

    /**
     * What identifies the owner across requests, for their pseudonym: the phone number if they gave one (what the
     * phone desk and the web form both always ask first), else the e-mail address in lower case.
     */
    public String identity() {
        return phone != null ? "tel:" + phone : "mailto:" + email.toLowerCase(Locale.ROOT);
    }

    /** Whether the phone is a mobile line (070, 080, 090), which can receive SMS. */
    public boolean hasMobilePhone() {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
