package jp.madoguchi.intake.keys.domain;

import java.time.Instant;

/**
 * The re-encryption job, as last started.
 *
 * @param targetKeyId the data key everything is sealed again with (the current one when it started)
 * @param reEncrypted documents sealed again so far
 * @param failed documents that could not be opened (their key is not configured): left as they are
 * @param after the id of the last document looked at, where a run resumes after a crash
 * @param finishedAt null while running
 */
public record ReEncryption(String targetKeyId, String requestedBy, Instant startedAt, long reEncrypted, long failed,
        String after, Instant finishedAt) {

    public boolean running() {
        return finishedAt == null;
    }
}
