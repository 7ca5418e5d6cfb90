package jp.madoguchi.events;

/**
 * Who took a request in, as intake verified it from the caller's token (the {@link RequestChannel} says how the
 * owner reached the federation and staff may set it; the origin cannot be claimed). Scheduling holds back part of
 * each day's capacity from {@link #PUBLIC_FORM} requests, which anyone can send without signing in.
 */
public enum RequestOrigin {
    /** Anyone, without a token: the owners' web form (or a script posing as it). */
    PUBLIC_FORM,
    /** Federation staff, e.g. the phone desk. */
    FEDERATION_STAFF,
    /** A chamber advisor for their own chamber. */
    CHAMBER_ADVISOR;

    /**
     * The origin of a request announced before the field existed: a web request may have come from anyone, so it
     * is treated as public; the other channels were only open to signed-in staff and advisors.
     */
    public static RequestOrigin of(RequestOrigin announced, RequestChannel channel) {
        if (announced != null) {
            return announced;
        }
        return switch (channel == null ? RequestChannel.WEB : channel) {
            case WEB -> PUBLIC_FORM;
            case PHONE -> FEDERATION_STAFF;
            case CHAMBER_ADVISOR -> CHAMBER_ADVISOR;
        };
    }
}
