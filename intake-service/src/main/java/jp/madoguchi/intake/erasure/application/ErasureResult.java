package jp.madoguchi.intake.erasure.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an erasure left: every consultation of the requester, all erased, and when the first was.
 *
 * @param erasedNow how many were erased by this call (0 when they already were)
 */
public record ErasureResult(List<UUID> consultationIds, Instant erasedAt, int erasedNow) {
}
