package jp.madoguchi.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed, and nothing a person cannot see: no control characters (NUL, BEL, ESC, DEL, C1; line breaks
 * and tabs only where {@link #multiline}), no bidirectional overrides or isolates (which make text read differently
 * from how it is stored), no unpaired surrogates (which become {@code ?} when stored), and not invisible characters
 * alone (zero-width spaces, joiners, BOM). Null is valid; pair with {@code @NotBlank} where text is required.
 * The field error says so in the caller's language ({@code problem.not-plain-text} of platform-spring's bundle).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** The error code {@link ProblemDetailsAdvice} recognises. */
    String CODE = "PlainText";

    /** Whether line breaks (LF, CR LF) and tabs are part of the text, as in a description. */
    boolean multiline() default false;

    String message() default "must be plain text without control or invisible characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
