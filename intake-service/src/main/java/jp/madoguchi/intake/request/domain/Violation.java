package jp.madoguchi.intake.request.domain;

/** One broken rule on one input field; the message is shown to the owner, so it is Japanese. */
public record Violation(String field, String message) {
}
