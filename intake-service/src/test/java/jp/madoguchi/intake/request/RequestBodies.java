package jp.madoguchi.intake.request;

/** Object Mother of request bodies: the contract's example, and variants of it. */
public final class RequestBodies {

    public static final String NAME = "山田 太郎";
    public static final String BUSINESS = "山田商店";
    public static final String PHONE = "0475-42-1234";
    public static final String EMAIL = "taro@example.jp";
    public static final String DESCRIPTION = "資金繰りについて相談したいです。";

    private RequestBodies() {
    }

    public static String valid() {
        return """
                {"chamberId":"ichinomiya","channel":"WEB","requester":{"name":"%s","businessName":"%s",
                 "phone":"%s","email":"%s"},"topic":"FINANCE","preferredMode":"PHONE",
                 "preferredDays":["MONDAY","WEDNESDAY"],"description":"%s","outreachSource":"FLYER",
                 "campaignCode":"FLYER-2026-AUTUMN","membership":"MEMBER","privacyConsent":true,"privacyNoticeVersion":"2026-12",
                 "outcomeSharedWithChamber":false}
                """.formatted(NAME, BUSINESS, PHONE, EMAIL, DESCRIPTION);
    }

    /** The valid body with one piece of text replaced, e.g. {@code with("\"FINANCE\"", "5")}. */
    public static String with(String original, String replacement) {
        String body = valid();
        if (!body.contains(original)) {
            throw new IllegalArgumentException("Body has no " + original);
        }
        return body.replace(original, replacement);
    }
}
