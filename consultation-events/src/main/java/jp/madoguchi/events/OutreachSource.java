package jp.madoguchi.events;

/** Where the owner heard of the service; the basis of outreach effectiveness. */
public enum OutreachSource {
    FLYER,
    RADIO,
    NEWSPAPER,
    CHAMBER_ADVISOR,
    WEBSITE,
    SOCIAL_MEDIA,
    RETURNING,
    OTHER
}
