package jp.madoguchi.events;

/** Which party a notice was for; the address itself never leaves notification and intake. */
public enum RecipientRole {
    OWNER,
    CONSULTANT,
    CHAMBER_ADVISOR
}
