package jp.madoguchi.events;

/** Whether the requester's business belongs to the chamber; non-members who later join count as conversion. */
public enum Membership {
    MEMBER,
    NON_MEMBER
}
