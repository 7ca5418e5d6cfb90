package jp.madoguchi.intake.keys.application;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.intake.crypto.FieldCipher;
import jp.madoguchi.intake.jobs.ExclusiveJobs;
import jp.madoguchi.intake.keys.application.PersonalDataCiphertexts.Batch;
import jp.madoguchi.intake.keys.domain.ReEncryption;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/**
 * An administrator starts the re-encryption job; it runs in batches on whichever instance takes the lock, records
 * where it is after each batch, and a run cut short (a crash, a restart) is taken up from there at the next tick.
 */
@Service
public class ReEncryptPersonalData {

    private static final Logger log = LoggerFactory.getLogger(ReEncryptPersonalData.class);
    static final String LOCK = "intake-re-encryption";

    /** A run's state and how much is still under another key. */
    public record Status(Optional<ReEncryption> run, String currentKeyId, long notUnderCurrentKey) {
    }

    private final PersonalDataCiphertexts ciphertexts;
    private final ReEncryptionProgress progress;
    private final ExclusiveJobs jobs;
    private final FieldCipher cipher;
    private final Clock clock;
    private final int batchSize;
    private final Counter reEncrypted;

    ReEncryptPersonalData(PersonalDataCiphertexts ciphertexts, ReEncryptionProgress progress, ExclusiveJobs jobs,
            FieldCipher cipher, Clock clock, @Value("${madoguchi.intake.re-encryption.batch-size:100}") int batchSize,
            MeterRegistry meters) {
        this.ciphertexts = ciphertexts;
        this.progress = progress;
        this.jobs = jobs;
        this.cipher = cipher;
        this.clock = clock;
        this.batchSize = batchSize;
        this.reEncrypted = Counter.builder("madoguchi.intake.crypto.re-encrypted")
                .description("Request documents whose personal data was sealed again under the current data key")
                .register(meters);
    }

    /** @throws AccessRefusedException not an administrator */
    public Status start(Caller caller) {
        requireAdmin(caller);
        ReEncryption run = progress.start(cipher.currentKeyId(), caller.subject(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        log.info("Re-encryption to data key {} requested by {}", run.targetKeyId(), caller.subject());
        return status();
    }

    /** @throws AccessRefusedException not an administrator */
    public Status status(Caller caller) {
        requireAdmin(caller);
        return status();
    }

    @Scheduled(fixedDelayString = "${madoguchi.intake.re-encryption.poll-interval:10s}", initialDelayString = "10s")
    void resume() {
        run();
    }

    /** Runs the started job to its end, if one is started and no other instance runs it. */
    public void run() {
        if (progress.current().filter(ReEncryption::running).isEmpty()) {
            return;
        }
        jobs.runExclusively(LOCK, Duration.ofMinutes(30), this::runBatches);
    }

    private void runBatches() {
        Optional<ReEncryption> started = progress.current().filter(ReEncryption::running);
        if (started.isEmpty()) {
            return;
        }
        if (!started.get().targetKeyId().equals(cipher.currentKeyId())) {
            log.warn("Re-encryption was started for data key {} but this instance writes with {}; it waits for an "
                    + "instance with that key", started.get().targetKeyId(), cipher.currentKeyId());
            return;
        }
        String after = started.get().after();
        Batch batch;
        do {
            batch = ciphertexts.reEncryptAfter(after, batchSize);
            after = batch.last() == null ? after : batch.last();
            progress.advance(batch.reEncrypted(), batch.failed(), after);
            reEncrypted.increment(batch.reEncrypted());
        } while (batch.looked() == batchSize);
        progress.finish(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        log.info("Re-encryption to data key {} finished", cipher.currentKeyId());
    }

    private Status status() {
        return new Status(progress.current(), cipher.currentKeyId(), ciphertexts.notUnderCurrentKey());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Only administrators re-encrypt");
        }
    }
}
