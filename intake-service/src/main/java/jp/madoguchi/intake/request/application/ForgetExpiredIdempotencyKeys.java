package jp.madoguchi.intake.request.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets idempotency keys past their lifetime, and with them the status tokens kept encrypted for replays. A key is
 * already dead for callers when it expires ({@link SubmitConsultationRequest} checks); this only clears the data.
 * Harmless when several instances run it at once.
 */
@Component
class ForgetExpiredIdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(ForgetExpiredIdempotencyKeys.class);

    private final ConsultationRequestStore store;
    private final Clock clock;

    ForgetExpiredIdempotencyKeys(ConsultationRequestStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${madoguchi.intake.idempotency-sweep-interval:1h}", initialDelayString = "1m")
    void forget() {
        int forgotten = store.forgetIdempotencyKeysExpiredBefore(clock.instant());
        if (forgotten > 0) {
            log.info("Forgot {} expired idempotency keys", forgotten);
        }
    }
}
