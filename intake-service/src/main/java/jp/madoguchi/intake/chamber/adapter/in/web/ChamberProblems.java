package jp.madoguchi.intake.chamber.adapter.in.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jp.madoguchi.intake.chamber.application.ChamberIdTakenException;
import jp.madoguchi.intake.chamber.application.ChamberNotFoundException;
import jp.madoguchi.intake.chamber.application.StaleChamberVersionException;
import jp.madoguchi.intake.chamber.application.UnknownRegionException;
import jp.madoguchi.platform.i18n.PlatformMessages;
import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.web.Problems;
import jp.madoguchi.platform.web.RequestRejections;

/** The registry's refusals as problem details, in the caller's language. */
@RestControllerAdvice(assignableTypes = ChamberController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChamberProblems {

    private final RequestRejections rejections;
    private final PlatformMessages problems;
    private final MessageSource messages;

    ChamberProblems(RequestRejections rejections, PlatformMessages problems, MessageSource messages) {
        this.rejections = rejections;
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(UnknownRegionException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail unknownRegion(UnknownRegionException ex) {
        rejections.rejected(RequestRejections.VALIDATION);
        return Problems.invalidInput(problems, List.of(new FieldError("region", text("chamber.region.unknown"))));
    }

    @ExceptionHandler(ChamberIdTakenException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail taken(ChamberIdTakenException ex) {
        return problem(HttpStatus.CONFLICT, "Chamber already registered", "chamber.exists", ex.chamberId());
    }

    @ExceptionHandler(ChamberNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(ChamberNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Chamber not found", "chamber.not-found", null);
    }

    @ExceptionHandler(StaleChamberVersionException.class)
    @ResponseStatus(HttpStatus.PRECONDITION_FAILED)
    ProblemDetail stale(StaleChamberVersionException ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Chamber changed meanwhile", "chamber.version.stale",
                ex.chamberId());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    @ResponseStatus(HttpStatus.PRECONDITION_REQUIRED)
    ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", "chamber.if-match.required", null);
    }

    private ProblemDetail problem(HttpStatus status, String title, String messageCode, String chamberId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(messageCode));
        problem.setTitle(title);
        if (chamberId != null) {
            problem.setProperty("chamberId", chamberId);
        }
        return problem;
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
