package jp.madoguchi.events;

/** How the consultation is held. */
public enum ConsultationMode {
    PHONE,
    WEB_MEETING
}
