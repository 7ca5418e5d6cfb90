package jp.madoguchi.bench;

import java.util.SplittableRandom;

/**
 * Bodies of the web form's consultation request (the README's example), each with a mobile number of its own
 * (070, 080 or 090, a digit 1–9 and seven digits: numbers libphonenumber accepts as Japanese mobiles; 0700 is
 * unassigned): intake keeps at most two
 * open web-form requests per phone number and answers the third with 409. Numbers are random rather than counted
 * so that runs against an accumulated history do not collide with earlier runs (three equal numbers among 2.7 × 10⁸
 * are unlikely even after a million requests).
 */
final class ConsultationRequests {

    private static final String TEMPLATE = """
            {"chamberId":"ichinomiya","channel":"WEB",
             "requester":{"name":"山田 太郎","businessName":"山田商店","phone":"%s","email":"taro@example.jp"},
             "topic":"FINANCE","preferredMode":"PHONE","preferredDays":["MONDAY","WEDNESDAY"],
             "description":"資金繰りについて相談したいです。","outreachSource":"FLYER","campaignCode":"FLYER-2026-AUTUMN",
             "membership":"MEMBER","privacyConsent":true,"privacyNoticeVersion":"2026-12","outcomeSharedWithChamber":false}""";
    private static final String[] MOBILE_PREFIXES = {"070", "080", "090"};
    private static final int LINE_NUMBERS = 10_000_000;

    private final SplittableRandom random = new SplittableRandom();

    /** Called from the one sending thread only. */
    String next() {
        return TEMPLATE.formatted(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + random.nextInt(1, 10) + String.format("%07d", random.nextInt(LINE_NUMBERS)));
    }
}
