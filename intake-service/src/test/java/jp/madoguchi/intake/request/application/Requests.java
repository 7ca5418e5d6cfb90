package jp.madoguchi.intake.request.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jp.madoguchi.intake.chamber.domain.ChamberStanding;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.intake.request.domain.Consents;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.adapter.in.web.JapanesePhoneNumbers;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.StatusToken;

/** Filled-in forms, and requests already in a store, made with the real domain. */
final class Requests {

    static final String FEDERATION = "chiba";
    static final String NOTICE_VERSION = "2026-12";
    static final PersonalData OWNER =
            new PersonalData("山田 太郎", "ヤマダ タロウ", "山田商店", "+81475421234", "taro@example.jp",
                    "資金繰りについて相談したい");

    private static final Random RANDOM = new Random(7);

    private Requests() {
    }

    static RequestDetails form(String chamberId) {
        return form(chamberId, RequestChannel.WEB, true);
    }

    static RequestDetails form(String chamberId, RequestChannel channel, boolean privacyConsent) {
        return form(chamberId, channel, privacyConsent, OWNER);
    }

    /** A web request of the same owner with their phone number as written, normalised as the web adapter does. */
    static RequestDetails form(String chamberId, String phone) {
        return form(chamberId, RequestChannel.WEB, true, new PersonalData(OWNER.name(), OWNER.nameKana(),
                OWNER.businessName(), JapanesePhoneNumbers.toE164(phone).orElseThrow(), OWNER.email(), OWNER.description()));
    }

    private static RequestDetails form(String chamberId, RequestChannel channel, boolean privacyConsent,
            PersonalData owner) {
        return new RequestDetails(chamberId, channel, owner, null, null, ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), null, null, OutreachSource.FLYER,
                null, Membership.MEMBER, new Consents(privacyConsent, NOTICE_VERSION, true));
    }

    /** A web request of that chamber as the store holds it once accepted; returns its status token. */
    static StatusToken received(ConsultationRequestStore store, UUID consultationId, String chamberId) {
        StatusToken token = StatusToken.issue(RANDOM);
        store.insert(ConsultationRequest.receive(form(chamberId), ChamberStanding.ACTIVE, NOTICE_VERSION, RequestOrigin.PUBLIC_FORM,
                consultationId, ReferenceCode.generate(RANDOM), UUID.randomUUID(), Instant.parse("2026-11-26T01:15:30Z"),
                FEDERATION),
                new Admission(token.hash(), null, null, null));
        return token;
    }
}
