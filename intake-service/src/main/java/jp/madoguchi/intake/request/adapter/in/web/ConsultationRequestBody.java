package jp.madoguchi.intake.request.adapter.in.web;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.intake.request.domain.Consents;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.platform.web.PlainText;

/** The form as it arrives (web form, phone-intake screen, chamber advisor). Messages are shown to owners. */
record ConsultationRequestBody(
        @NotBlank(message = "{request.chamberId.required}")
        @Size(max = 64, message = "{request.chamberId.invalid}")
        @PlainText
        String chamberId,
        @NotNull(message = "{request.channel.required}")
        RequestChannel channel,
        @NotNull(message = "{request.requester.required}")
        @Valid
        RequesterBody requester,
        @NotNull(message = "{request.topic.required}")
        ConsultationTopic topic,
        @NotNull(message = "{request.preferredMode.required}")
        ConsultationMode preferredMode,
        @Size(max = 5, message = "{request.preferredDays.too-many}")
        List<@NotNull(message = "{request.preferredDays.required}") DayOfWeek> preferredDays,
        @NotBlank(message = "{request.description.required}")
        @Size(max = 4000, message = "{request.description.too-long}")
        @PlainText(multiline = true)
        String description,
        @NotNull(message = "{request.outreachSource.required}")
        OutreachSource outreachSource,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "{request.campaignCode.invalid}")
        String campaignCode,
        @NotNull(message = "{request.membership.required}")
        Membership membership,
        @NotNull(message = "{request.privacyConsent.required}")
        @AssertTrue(message = "{request.privacyConsent.required}")
        Boolean privacyConsent,
        Boolean outcomeSharedWithChamber) {

    /**
     * Japanese phone numbers: digits with optional hyphens, starting with 0, 10 or 11 digits in all
     * (e.g. {@code 0475-42-1234}, {@code 090-1234-5678}).
     */
    static final String JAPANESE_PHONE = "(?=(?:\\D*\\d){10,11}$)0\\d{1,4}-?\\d{1,4}-?\\d{3,4}";

    record RequesterBody(
            @NotBlank(message = "{request.requester.name.required}")
            @Size(max = 100, message = "{request.requester.name.too-long}")
            @PlainText
            String name,
            @NotBlank(message = "{request.requester.businessName.required}")
            @Size(max = 100, message = "{request.requester.businessName.too-long}")
            @PlainText
            String businessName,
            @NotBlank(message = "{request.requester.phone.required}")
            @Pattern(regexp = JAPANESE_PHONE, message = "{request.requester.phone.invalid}")
            String phone,
            @Email(message = "{request.requester.email.invalid}")
            @Size(max = 254, message = "{request.requester.email.too-long}")
            @PlainText
            String email) {
    }

    RequestDetails toDetails() {
        PersonalData personalData = new PersonalData(requester.name().strip(), requester.businessName().strip(),
                requester.phone(), blankToNull(requester.email()), description.strip());
        return new RequestDetails(chamberId, channel, personalData, topic, preferredMode, preferredDays,
                outreachSource, blankToNull(campaignCode), membership,
                new Consents(Boolean.TRUE.equals(privacyConsent), Boolean.TRUE.equals(outcomeSharedWithChamber)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
