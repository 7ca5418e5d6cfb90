package jp.madoguchi.platform.web;

import java.util.List;

/**
 * Input that parsed but makes no sense (a period ending before it starts, a query naming two things at once);
 * answered with 400 and its field errors. Each error's message is a code of the service's message bundle, resolved
 * in the caller's language. Nothing was read or stored.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input in " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
