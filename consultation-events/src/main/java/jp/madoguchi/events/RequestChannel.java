package jp.madoguchi.events;

/** How the request reached the federation. */
public enum RequestChannel {
    WEB,
    PHONE,
    CHAMBER_ADVISOR
}
