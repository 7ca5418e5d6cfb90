package jp.madoguchi.intake.erasure.adapter.in.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jp.madoguchi.intake.erasure.domain.RequesterHasOpenRequestsException;

/** Erasure's own refusal as a problem detail. */
@RestControllerAdvice
class ErasureProblems {

    private final MessageSource messages;

    ErasureProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A conflict with what is stored: the same call succeeds once the open requests are withdrawn or over. */
    @ExceptionHandler(RequesterHasOpenRequestsException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail openRequests(RequesterHasOpenRequestsException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("erasure.open-requests", null, LocaleContextHolder.getLocale()));
        problem.setTitle("Requester has open requests");
        problem.setProperty("openConsultationIds", ex.openConsultationIds());
        return problem;
    }
}
