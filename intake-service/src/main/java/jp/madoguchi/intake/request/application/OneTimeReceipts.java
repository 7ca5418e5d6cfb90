package jp.madoguchi.intake.request.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The web form answers a submission with a redirect (so that reloading the page does not send it again) to a page
 * that shows the status token once. The redirect's URL carries only a random receipt id; the token waits, encrypted,
 * for at most {@link #LIFETIME}.
 */
@Service
public class OneTimeReceipts {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    private final FormReceipts receipts;
    private final Clock clock;

    OneTimeReceipts(FormReceipts receipts, Clock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    /** @return the receipt's id, for the receipt page's URL */
    public UUID issue(SubmittedRequest submitted) {
        UUID receiptId = UUID.randomUUID();
        receipts.keep(receiptId, new FormReceipt(submitted.view().consultationId(), submitted.view().referenceCode(),
                submitted.statusToken()), clock.instant().plus(LIFETIME));
        return receiptId;
    }

    public Optional<FormReceipt> takeOnce(UUID receiptId) {
        return receipts.take(receiptId, clock.instant());
    }
}
