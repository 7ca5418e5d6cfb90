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
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * At most {@link #max} characters as a person counts them: code points, not UTF-16 units ({@code @Size} counts
 * 𠮷 in 𠮷野家 as two) and not bytes. Null is valid.
 */
@Documented
@Constraint(validatedBy = CodePoints.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CodePoints {

    int max();

    String message() default "must be at most {max} characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CodePoints, CharSequence> {

        private int max;

        @Override
        public void initialize(CodePoints annotation) {
            this.max = annotation.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            // Cheap first: a text of at most max UTF-16 units has at most max code points.
            return value == null || value.length() <= max
                    || Character.codePointCount(value, 0, value.length()) <= max;
        }
    }
}
