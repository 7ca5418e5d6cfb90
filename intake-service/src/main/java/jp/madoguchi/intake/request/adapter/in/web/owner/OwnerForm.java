package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.time.DayOfWeek;
import java.util.List;

import jp.madoguchi.events.BusinessIndustry;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.ContactWay;
import jp.madoguchi.events.EmployeeBand;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.intake.request.adapter.in.web.ConsultationRequestBody;
import jp.madoguchi.intake.request.adapter.in.web.ConsultationRequestBody.RequesterBody;

/**
 * The web form's fields exactly as the browser posts them (all text, so that nothing fails to bind): turned into the
 * JSON API's {@link ConsultationRequestBody}, whose rules then decide. A value that names no option (only a tampered
 * form sends one) counts as not chosen.
 *
 * @param idempotencyKey drawn for each rendering of the form, so that a double click stores one request
 */
public record OwnerForm(String chamberId, String name, String nameKana, String businessName, String industry,
        String employees, String phone, String email, String reachBy, String topic, String preferredMode,
        List<String> preferredDays, String preferredTimeOfDay, String membership, String description,
        String outreachSource, String campaignCode, String privacyConsent, String privacyNoticeVersion,
        String outcomeSharedWithChamber, String idempotencyKey) {

    /** The fields in the order the page shows them, which is the order of the error summary. */
    static final List<String> FIELDS = List.of("name", "nameKana", "businessName", "industry", "employees", "phone",
            "email", "reachBy", "chamberId", "membership", "topic", "description", "preferredMode", "preferredDays",
            "preferredTimeOfDay", "outreachSource", "privacyConsent", "outcomeSharedWithChamber");

    public OwnerForm {
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
    }

    /** An empty form, with what a flyer's or an ad's link says about where the owner came from. */
    static OwnerForm blank(String campaignCode, OutreachSource source, String noticeVersion, String idempotencyKey) {
        return new OwnerForm(null, null, null, null, null, null, null, null, ContactWay.PHONE.name(), null, null,
                List.of(), TimeOfDay.ANY.name(), null, null, source == null ? null : source.name(), campaignCode,
                null, noticeVersion, null, idempotencyKey);
    }

    OwnerForm withIdempotencyKey(String key) {
        return new OwnerForm(chamberId, name, nameKana, businessName, industry, employees, phone, email, reachBy,
                topic, preferredMode, preferredDays, preferredTimeOfDay, membership, description, outreachSource,
                campaignCode, privacyConsent, privacyNoticeVersion, outcomeSharedWithChamber, key);
    }

    ConsultationRequestBody toBody() {
        return new ConsultationRequestBody(chamberId, RequestChannel.WEB,
                new RequesterBody(name, nameKana, businessName, phone, email),
                option(BusinessIndustry.class, industry), option(EmployeeBand.class, employees),
                option(ConsultationTopic.class, topic), option(ConsultationMode.class, preferredMode),
                preferredDays.stream().map(d -> option(DayOfWeek.class, d)).toList(),
                option(TimeOfDay.class, preferredTimeOfDay), option(ContactWay.class, reachBy), description,
                option(OutreachSource.class, outreachSource), campaignCode, option(Membership.class, membership),
                checked(privacyConsent), privacyNoticeVersion, checked(outcomeSharedWithChamber));
    }

    public boolean hasDay(String day) {
        return preferredDays.contains(day);
    }

    /** A checkbox posts its value when ticked and nothing otherwise. */
    private static Boolean checked(String value) {
        return "true".equals(value);
    }

    static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        return null;
    }
}
