package jp.madoguchi.intake.request.domain;

/**
 * One broken rule on one input field. {@code messageCode} names the text in intake's message bundle: the domain
 * says which rule, the web adapter says it in the owner's language.
 */
public record Violation(String field, String messageCode) {
}
