/**
 * Events on the wire: the JSON of {@code consultation-events} records (no class names, ISO-8601 instants,
 * tolerant of a newer producer's fields) and the reading of consumed records, where anything that can never be
 * handled becomes a {@link jp.madoguchi.platform.events.PoisonEventException} for the binder's dead-letter topic.
 */
package jp.madoguchi.platform.events;
