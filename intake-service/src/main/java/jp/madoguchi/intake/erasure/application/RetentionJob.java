package jp.madoguchi.intake.erasure.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.madoguchi.events.ErasureTrigger;
import jp.madoguchi.intake.erasure.application.RequesterRecords.Candidate;
import jp.madoguchi.intake.erasure.domain.Erasure;
import jp.madoguchi.intake.erasure.domain.RequesterConsultation;
import jp.madoguchi.intake.jobs.ExclusiveJobs;

/**
 * Erases the personal data of every requester whose consultations all closed more than the retention period ago
 * ({@code madoguchi.intake.retention.personal-data}, 3 years). It looks at everything overdue each time, so a run
 * after downtime catches up; it first finishes erasures a crash interrupted. One instance at a time (a lock in
 * MongoDB); even without it, a consultation is erased and announced once.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final String LOCK = "intake-retention";

    private final RequesterRecords records;
    private final ErasureLedger ledger;
    private final EraseRequester erase;
    private final ExclusiveJobs jobs;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionJob(RequesterRecords records, ErasureLedger ledger, EraseRequester erase, ExclusiveJobs jobs,
            RetentionProperties properties, Clock clock) {
        this.records = records;
        this.ledger = ledger;
        this.erase = erase;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${madoguchi.intake.retention.interval:1h}",
            initialDelayString = "${madoguchi.intake.retention.initial-delay:2m}")
    void scheduled() {
        run();
    }

    /** @return how many consultations this run erased; 0 also when another instance holds the lock */
    public int run() {
        int[] erased = new int[1];
        boolean ran = jobs.runExclusively(LOCK, properties.lockAtMostFor(), () -> erased[0] = sweep());
        if (!ran) {
            log.debug("Retention job skipped: another instance runs it");
        }
        return erased[0];
    }

    private int sweep() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.personalData()).toInstant();
        int erased = 0;
        for (Erasure unfinished : ledger.unfinished()) {
            erased += erase.erase(unfinished, EraseRequester.RETENTION_JOB, now).erasedNow();
        }
        Set<UUID> looked = new HashSet<>();
        UUID after = null;
        List<Candidate> page;
        do {
            page = records.closedBefore(cutoff, after, properties.batchSize());
            for (Candidate candidate : page) {
                after = candidate.consultationId();
                if (looked.add(candidate.requesterId()) && due(candidate.requesterId(), cutoff)) {
                    erased += erase.erase(ledger.begin(candidate.requesterId(), ErasureTrigger.RETENTION),
                            EraseRequester.RETENTION_JOB, now).erasedNow();
                }
            }
        } while (page.size() == properties.batchSize());
        if (erased > 0) {
            log.info("Retention: erased the personal data of {} consultation requests closed before {}", erased,
                    cutoff);
        }
        return erased;
    }

    /** Every consultation of the requester still kept closed before the cutoff: nothing newer needs their data. */
    private boolean due(UUID requesterId, Instant cutoff) {
        List<RequesterConsultation> kept = records.consultationsOf(requesterId).stream()
                .filter(c -> !c.erased()).toList();
        return !kept.isEmpty() && kept.stream().allMatch(c -> c.closedAt() != null && c.closedAt().isBefore(cutoff));
    }
}
