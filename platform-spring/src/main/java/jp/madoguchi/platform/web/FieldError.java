package jp.madoguchi.platform.web;

/** One entry of a problem's {@code errors} member: which input field, and what is wrong with it (Japanese). */
public record FieldError(String field, String message) {
}
