package jp.madoguchi.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import jp.madoguchi.platform.i18n.PlatformMessages;

/** The 400 every service answers to input errors, in one shape: a detail and the field errors. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail invalidInput(PlatformMessages messages, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("problem.invalid-input"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
