package jp.madoguchi.intake.request.domain;

import java.time.DayOfWeek;
import java.util.List;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;

/** What the owner (or staff on their behalf) filled in, already well-formed; domain rules not yet checked. */
public record RequestDetails(
        String chamberId,
        RequestChannel channel,
        PersonalData personalData,
        ConsultationTopic topic,
        ConsultationMode preferredMode,
        List<DayOfWeek> preferredDays,
        OutreachSource outreachSource,
        String campaignCode,
        Membership membership,
        Consents consents) {

    public RequestDetails {
        preferredDays = preferredDays == null ? List.of() : preferredDays.stream().distinct().sorted().toList();
    }

    /** The same request as taken in through another channel (the channel is who took it, not what the form says). */
    public RequestDetails withChannel(RequestChannel taken) {
        return new RequestDetails(chamberId, taken, personalData, topic, preferredMode, preferredDays, outreachSource,
                campaignCode, membership, consents);
    }
}
