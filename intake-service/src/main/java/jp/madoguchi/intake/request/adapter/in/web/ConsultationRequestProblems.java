package jp.madoguchi.intake.request.adapter.in.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.i18n.PlatformMessages;
import jp.madoguchi.platform.web.Problems;
import jp.madoguchi.platform.web.RequestRejections;
import jp.madoguchi.intake.request.application.ConsultationNotFoundException;
import jp.madoguchi.intake.request.application.IdempotencyKeyReusedException;
import jp.madoguchi.intake.request.domain.OpenRequestLimitReachedException;
import jp.madoguchi.intake.request.domain.RequestNotChangeableException;
import jp.madoguchi.intake.request.domain.RequestRejectedException;

/** The request feature's own refusals as problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationRequestProblems {


    private final RequestRejections rejections;
    private final PlatformMessages problems;
    private final MessageSource messages;

    ConsultationRequestProblems(RequestRejections rejections, PlatformMessages problems, MessageSource messages) {
        this.rejections = rejections;
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(RequestRejectedException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail rejected(RequestRejectedException ex) {
        rejections.rejected(RejectionReasons.of(ex));
        Locale locale = LocaleContextHolder.getLocale();
        return Problems.invalidInput(problems, ex.violations().stream()
                .map(v -> new FieldError(v.field(), messages.getMessage(v.messageCode(), null, locale)))
                .toList());
    }

    /** A conflict with what is stored (the owner's open requests), not bad input: the same form is fine later. */
    @ExceptionHandler(OpenRequestLimitReachedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail openRequestLimitReached(OpenRequestLimitReachedException ex) {
        rejections.rejected(RejectionReasons.OPEN_REQUEST_LIMIT);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
                "request.open-limit-reached", new Object[] {ex.limit()}, LocaleContextHolder.getLocale()));
        problem.setTitle("Too many open requests");
        problem.setProperty("limit", ex.limit());
        return problem;
    }

    /** The key belongs to another request: the client's mistake, and nothing is stored. */
    @ExceptionHandler(IdempotencyKeyReusedException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException ex) {
        rejections.rejected(RejectionReasons.IDEMPOTENCY_KEY_REUSED);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(
                "request.idempotency-key.reused", null, LocaleContextHolder.getLocale()));
        problem.setTitle("Idempotency key already used");
        return problem;
    }

    /** The request's state does not allow the change: a conflict with what is stored, not bad input. */
    @ExceptionHandler(RequestNotChangeableException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail notChangeable(RequestNotChangeableException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(ex.messageCode(), null, LocaleContextHolder.getLocale()));
        problem.setTitle("Request cannot be changed");
        problem.setProperty("status", ex.status().name());
        return problem;
    }

    @ExceptionHandler(ConsultationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(ConsultationNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("request.not-found", null, LocaleContextHolder.getLocale()));
        problem.setTitle("Consultation request not found");
        return problem;
    }
}
