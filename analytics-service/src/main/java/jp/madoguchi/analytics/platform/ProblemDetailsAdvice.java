package jp.madoguchi.analytics.platform;

import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for every error, with field-level {@code errors} for bad input. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return badRequest(field, field + " の形式が正しくありません", headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(ex.getParameterName(), ex.getParameterName() + " を指定してください", headers);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> handleInvalidParameter(InvalidParameterException ex) {
        return badRequest(ex.field(), ex.getMessage(), new HttpHeaders());
    }

    private ResponseEntity<Object> badRequest(String field, String message, HttpHeaders headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request parameters");
        problem.setTitle("Bad Request");
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(field), "message", message)));
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }
}
