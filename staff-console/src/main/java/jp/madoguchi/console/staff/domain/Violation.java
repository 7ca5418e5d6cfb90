package jp.madoguchi.console.staff.domain;

/** One reason a staff member cannot be recorded as given, named after the field. */
public record Violation(String field, String message) {
}
