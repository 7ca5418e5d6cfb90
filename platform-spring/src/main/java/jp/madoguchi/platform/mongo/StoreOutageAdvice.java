package jp.madoguchi.platform.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jp.madoguchi.platform.i18n.PlatformMessages;

/**
 * A store that is away is the service's trouble for a while, not a bug: 503 problem details with {@code Retry-After},
 * never a 500. Asked before the platform's last-resort advice; a wrapped driver exception is found by its cause.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class StoreOutageAdvice {

    private static final Logger log = LoggerFactory.getLogger(StoreOutageAdvice.class);

    private final StoreGuard guard;
    private final PlatformMessages messages;

    public StoreOutageAdvice(StoreGuard guard, PlatformMessages messages) {
        this.guard = guard;
        this.messages = messages;
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class, MongoServerUnavailableException.class,
            MongoConnectionPoolClearedException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> storeAway(Exception ex, HttpServletRequest request) {
        request.setAttribute(StoreGuard.OUTAGE, ex);
        // The exception's text names hosts and timeouts, never the request's content.
        log.warn("MongoDB unavailable while handling {} {}: {}", request.getMethod(), request.getRequestURI(),
                ex.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(guard.retryAfterSeconds()))
                .body(problem(messages.get("problem.store-unavailable")));
    }

    static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Service Unavailable");
        return problem;
    }
}
