package jp.madoguchi.events;

/** The part of a service day the owner prefers: before noon, after noon, or either (Japan time). */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    ANY
}
