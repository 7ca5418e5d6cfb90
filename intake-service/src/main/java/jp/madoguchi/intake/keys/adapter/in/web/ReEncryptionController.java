package jp.madoguchi.intake.keys.adapter.in.web;

import java.time.Instant;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.intake.keys.application.ReEncryptPersonalData;
import jp.madoguchi.intake.keys.application.ReEncryptPersonalData.Status;
import jp.madoguchi.intake.keys.domain.ReEncryption;
import jp.madoguchi.platform.security.Caller;

/** The re-encryption job over HTTP, for administrators rotating the data key. */
@RestController
@RequestMapping(path = "/api/v1/admin/re-encryption", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Data keys", description = "Sealing stored personal data again under the current data key after a "
        + "rotation.")
class ReEncryptionController {

    private final ReEncryptPersonalData reEncrypt;

    ReEncryptionController(ReEncryptPersonalData reEncrypt) {
        this.reEncrypt = reEncrypt;
    }

    @PostMapping
    @Operation(operationId = "startReEncryption", summary = "Start the re-encryption job",
            description = "`ADMIN` only. Seals every request's personal data again under the current data key, in "
                    + "batches, on one instance at a time; resumes after a restart. Starting while it runs changes "
                    + "nothing. No body.")
    @ApiResponse(responseCode = "202", description = "Started (or already running): its progress.")
    ResponseEntity<ProgressView> start(@AuthenticationPrincipal Caller caller) {
        return ResponseEntity.accepted().body(ProgressView.of(reEncrypt.start(Caller.orAnonymous(caller))));
    }

    @GetMapping
    @Operation(operationId = "getReEncryption", summary = "The re-encryption job's progress", description =
            "`ADMIN` only.")
    @ApiResponse(responseCode = "200", description = "The last run (`state` NONE, RUNNING or DONE) and how many "
            + "documents still hold values under another key.")
    ProgressView progress(@AuthenticationPrincipal Caller caller) {
        return ProgressView.of(reEncrypt.status(Caller.orAnonymous(caller)));
    }

    /**
     * @param state NONE (never started), RUNNING or DONE
     * @param remaining request documents still holding values under another key than the current one
     */
    record ProgressView(String state, String currentKeyId, String targetKeyId, Instant startedAt, Instant finishedAt,
            long reEncrypted, long failed, long remaining) {

        static ProgressView of(Status status) {
            if (status.run().isEmpty()) {
                return new ProgressView("NONE", status.currentKeyId(), null, null, null, 0, 0,
                        status.notUnderCurrentKey());
            }
            ReEncryption run = status.run().get();
            return new ProgressView(run.running() ? "RUNNING" : "DONE", status.currentKeyId(), run.targetKeyId(),
                    run.startedAt(), run.finishedAt(), run.reEncrypted(), run.failed(), status.notUnderCurrentKey());
        }
    }
}
