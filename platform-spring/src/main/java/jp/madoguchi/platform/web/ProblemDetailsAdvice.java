package jp.madoguchi.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jp.madoguchi.platform.i18n.PlatformMessages;
import jp.madoguchi.platform.security.AccessRefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error leaves as {@code application/problem+json} (RFC 9457). Input errors name the field and say what to
 * fix, in Japanese unless the caller asked for English; nothing of the input's content (possibly personal data) is echoed or logged. Ordered
 * last, so a service's own advice for its domain exceptions is asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final RequestRejections rejections;
    private final PlatformMessages messages;
    private final MessageSource serviceMessages;

    public ProblemDetailsAdvice(RequestRejections rejections, PlatformMessages messages, MessageSource serviceMessages) {
        this.rejections = rejections;
        this.messages = messages;
        this.serviceMessages = serviceMessages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        rejections.rejected(RequestRejections.VALIDATION);
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), PlainText.CODE.equals(e.getCode())
                        ? messages.get("problem.not-plain-text") : e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalidInput(messages, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        rejections.rejected(RequestRejections.MALFORMED);
        JacksonException jackson = jacksonCause(ex);
        String field = jackson == null ? "" : fieldPath(jackson);
        FieldError error;
        if (jackson == null || jackson instanceof StreamReadException || field.isEmpty()) {
            error = new FieldError(field.isEmpty() ? "body" : field, messages.get("problem.invalid-json"));
        } else {
            error = new FieldError(field, messages.get("problem.invalid-value"));
        }
        return ResponseEntity.badRequest().body(Problems.invalidInput(messages, List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        rejections.rejected(RequestRejections.MEDIA_TYPE);
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        rejections.rejected(RequestRejections.VALIDATION);
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return ResponseEntity.badRequest().body(Problems.invalidInput(messages, 
                List.of(new FieldError(name == null ? "" : name, messages.get("problem.invalid-format")))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        rejections.rejected(RequestRejections.VALIDATION);
        return ResponseEntity.badRequest().body(Problems.invalidInput(messages, 
                List.of(new FieldError(ex.getParameterName(), messages.get("problem.parameter-required")))));
    }

    /** Its messages are codes of the service's own bundle ({@code spring.messages.basename}). */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        rejections.rejected(RequestRejections.VALIDATION);
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.badRequest().body(Problems.invalidInput(messages, ex.errors().stream()
                .map(e -> new FieldError(e.field(), serviceMessages.getMessage(e.message(), null, e.message(), locale)))
                .toList()));
    }

    /** A role that may never do this (object-level refusals are 404s and never get here). */
    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.get("problem.forbidden"));
        problem.setTitle("Forbidden");
        return problem;
    }

    /** The last resort: a bug, not bad input. No detail leaves the service. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error while handling a request", ex);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setDetail(messages.get("problem.unexpected"));
        return problem;
    }

    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }

    /** {@code requester.phone}, {@code preferredDays[2]}: the path as the form's fields are named. */
    static String fieldPath(JacksonException ex) {
        return ex.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName()
                        : r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
