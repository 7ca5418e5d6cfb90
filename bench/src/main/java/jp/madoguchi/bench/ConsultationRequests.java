package jp.madoguchi.bench;

import java.util.SplittableRandom;

/**
 * Bodies of the web form's consultation request (the README's example), each with a phone number of its own:
 * intake keeps at most two open web-form requests per phone number and answers the third with 409. Numbers are
 * random rather than counted so that runs against an accumulated history do not collide with earlier runs
 * (three equal numbers among 10⁹ are unlikely even after millions of requests).
 */
final class ConsultationRequests {

    private static final String TEMPLATE = """
            {"chamberId":"ichinomiya","channel":"WEB",
             "requester":{"name":"山田 太郎","businessName":"山田商店","phone":"%s","email":"taro@example.jp"},
             "topic":"FINANCE","preferredMode":"PHONE","preferredDays":["MONDAY","WEDNESDAY"],
             "description":"資金繰りについて相談したいです。","outreachSource":"FLYER","campaignCode":"FLYER-2026-AUTUMN",
             "membership":"MEMBER","privacyConsent":true,"privacyNoticeVersion":"2026-12","outcomeSharedWithChamber":false}""";
    private static final int SUBSCRIBER_DIGITS = 1_000_000_000;

    private final SplittableRandom random = new SplittableRandom();

    /** Called from the one sending thread only. */
    String next() {
        return TEMPLATE.formatted(String.format("09%09d", random.nextInt(SUBSCRIBER_DIGITS)));
    }
}
