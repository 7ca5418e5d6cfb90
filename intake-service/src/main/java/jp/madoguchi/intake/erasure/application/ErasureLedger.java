package jp.madoguchi.intake.erasure.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.intake.erasure.domain.Erasure;
import jp.madoguchi.events.ErasureTrigger;

/**
 * Erasures under way, so that every consultation of a requester gets the same replacement pseudonym even when an
 * erasure is interrupted and done again, or two run at once. An entry lives only while its erasure runs.
 */
public interface ErasureLedger {

    /** The erasure of this requester under way, or a new one with a fresh random replacement pseudonym. */
    Erasure begin(UUID requesterId, ErasureTrigger trigger);

    void finish(UUID requesterId);

    /** The unfinished erasure that gave some requests this replacement pseudonym, if any. */
    Optional<Erasure> withReplacement(UUID replacementRequesterId);

    /** Erasures begun and never finished (a crash), for the retention job to finish. */
    List<Erasure> unfinished();
}
