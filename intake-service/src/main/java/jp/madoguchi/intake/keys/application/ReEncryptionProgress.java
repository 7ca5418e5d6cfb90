package jp.madoguchi.intake.keys.application;

import java.time.Instant;
import java.util.Optional;

import jp.madoguchi.intake.keys.domain.ReEncryption;

/** Where the re-encryption job stands, shared by every instance. */
public interface ReEncryptionProgress {

    Optional<ReEncryption> current();

    /** Starts a run unless one is running; either way, the run that is. */
    ReEncryption start(String targetKeyId, String requestedBy, Instant at);

    void advance(int reEncrypted, int failed, String after);

    void finish(Instant at);
}
