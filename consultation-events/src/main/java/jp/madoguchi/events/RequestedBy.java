package jp.madoguchi.events;

/**
 * Who asked for a change to a request: the owner (with their status token), federation staff, or the chamber's
 * advisor, as intake verified it. Analytics counts changes by it; no person is named.
 */
public enum RequestedBy {
    OWNER,
    FEDERATION_STAFF,
    CHAMBER_ADVISOR
}
