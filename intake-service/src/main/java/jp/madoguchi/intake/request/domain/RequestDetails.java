package jp.madoguchi.intake.request.domain;

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

/**
 * What the owner (or staff on their behalf) filled in, already well-formed; domain rules not yet checked.
 *
 * @param industry null when the owner did not say
 * @param employees null when the owner did not say
 * @param reachBy how the owner prefers to hear from the service; defaults to the phone if they gave one
 */
public record RequestDetails(
        String chamberId,
        RequestChannel channel,
        PersonalData personalData,
        BusinessIndustry industry,
        EmployeeBand employees,
        ConsultationTopic topic,
        ConsultationMode preferredMode,
        List<DayOfWeek> preferredDays,
        TimeOfDay preferredTimeOfDay,
        ContactWay reachBy,
        OutreachSource outreachSource,
        String campaignCode,
        Membership membership,
        Consents consents) {

    public RequestDetails {
        preferredDays = preferredDays == null ? List.of() : preferredDays.stream().distinct().sorted().toList();
        preferredTimeOfDay = preferredTimeOfDay == null ? TimeOfDay.ANY : preferredTimeOfDay;
        if (reachBy == null && personalData != null) {
            reachBy = personalData.phone() != null ? ContactWay.PHONE : ContactWay.EMAIL;
        }
    }

    /** The same request as taken in through another channel (the channel is who took it, not what the form says). */
    public RequestDetails withChannel(RequestChannel taken) {
        return new RequestDetails(chamberId, taken, personalData, industry, employees, topic, preferredMode,
                preferredDays, preferredTimeOfDay, reachBy, outreachSource, campaignCode, membership, consents);
    }
}
