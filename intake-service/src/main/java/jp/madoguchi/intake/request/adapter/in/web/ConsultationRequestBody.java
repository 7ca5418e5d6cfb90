package jp.madoguchi.intake.request.adapter.in.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.madoguchi.events.BusinessIndustry;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.ContactWay;
import jp.madoguchi.events.EmployeeBand;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.intake.request.domain.Consents;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.Text;
import jp.madoguchi.platform.web.CodePoints;
import jp.madoguchi.platform.web.PlainText;

/**
 * The form as it arrives (web form, phone-intake screen, chamber advisor), for the JSON API and the HTML form alike.
 * Messages are shown to owners. Full-width digits and Latin letters are folded to ASCII before any rule is checked
 * (what a Japanese input method types is what the owner meant); lengths count characters, not bytes.
 */
public record ConsultationRequestBody(
        @NotBlank(message = "{request.chamberId.required}")
        @Size(max = 64, message = "{request.chamberId.invalid}")
        @PlainText
        String chamberId,
        @NotNull(message = "{request.channel.required}")
        RequestChannel channel,
        @NotNull(message = "{request.requester.required}")
        @Valid
        RequesterBody requester,
        BusinessIndustry industry,
        EmployeeBand employees,
        @NotNull(message = "{request.topic.required}")
        ConsultationTopic topic,
        @NotNull(message = "{request.preferredMode.required}")
        ConsultationMode preferredMode,
        @Size(max = 5, message = "{request.preferredDays.too-many}")
        List<@NotNull(message = "{request.preferredDays.required}") DayOfWeek> preferredDays,
        TimeOfDay preferredTimeOfDay,
        ContactWay reachBy,
        @NotBlank(message = "{request.description.required}")
        @CodePoints(max = 4000, message = "{request.description.too-long}")
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
        @NotBlank(message = "{request.privacyNoticeVersion.required}")
        @Size(max = 32, message = "{request.privacyNoticeVersion.required}")
        @PlainText
        String privacyNoticeVersion,
        Boolean outcomeSharedWithChamber) {

    public ConsultationRequestBody {
        chamberId = Text.compatible(chamberId);
        description = Text.foldWidth(description);
        campaignCode = Text.blankToNull(Text.compatible(campaignCode));
        privacyNoticeVersion = Text.compatible(privacyNoticeVersion);
    }

    /**
     * Who asks and how to reach them: a phone number, an e-mail address or both (phone intake may have no e-mail,
     * an owner without a phone to spare may give only an e-mail address).
     */
    @Reachable
    public record RequesterBody(
            @NotBlank(message = "{request.requester.name.required}")
            @CodePoints(max = 100, message = "{request.requester.name.too-long}")
            @PlainText
            String name,
            @CodePoints(max = 100, message = "{request.requester.nameKana.too-long}")
            @Kana
            @PlainText
            String nameKana,
            @NotBlank(message = "{request.requester.businessName.required}")
            @CodePoints(max = 100, message = "{request.requester.businessName.too-long}")
            @PlainText
            String businessName,
            @Size(max = 40, message = "{request.requester.phone.invalid}")
            @JapanesePhoneNumber
            @PlainText
            String phone,
            @Email(message = "{request.requester.email.invalid}")
            @Size(max = 254, message = "{request.requester.email.too-long}")
            @PlainText
            String email) {

        public RequesterBody {
            name = Text.foldWidth(name);
            nameKana = Text.blankToNull(nameKana);
            businessName = Text.foldWidth(businessName);
            phone = Text.blankToNull(phone);
            email = Text.blankToNull(Text.compatible(email));
        }
    }

    public RequestDetails toDetails() {
        PersonalData personalData = new PersonalData(requester.name().strip(), requester.nameKana(),
                requester.businessName().strip(),
                requester.phone() == null ? null : JapanesePhoneNumbers.toE164(requester.phone()).orElseThrow(),
                requester.email(), description.strip());
        return new RequestDetails(chamberId, channel, personalData, industry, employees, topic, preferredMode,
                preferredDays, preferredTimeOfDay, reachBy, outreachSource, campaignCode, membership,
                new Consents(Boolean.TRUE.equals(privacyConsent), privacyNoticeVersion,
                        Boolean.TRUE.equals(outcomeSharedWithChamber)));
    }

    /** A requester with a phone number or an e-mail address; the error is the phone field's. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Reachable.Validator.class)
    public @interface Reachable {

        String message() default "{request.requester.contact.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Reachable, RequesterBody> {

            @Override
            public boolean isValid(RequesterBody requester, ConstraintValidatorContext context) {
                if (requester == null || requester.phone() != null || requester.email() != null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("phone").addConstraintViolation();
                return false;
            }
        }
    }
}
