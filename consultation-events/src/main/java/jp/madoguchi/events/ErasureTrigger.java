package jp.madoguchi.events;

/** Why a requester's personal data was erased. */
public enum ErasureTrigger {
    /** An administrator erased it (the owner asked, or another lawful reason). */
    STAFF,
    /** The retention period after the requester's last consultation ended. */
    RETENTION
}
