package jp.madoguchi.analytics.usage.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.madoguchi.analytics.usage.domain.FactPolicy;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/** Use case: an event happened somewhere on the platform; keep what analytics may know of it. */
@Service
public class RecordFacts {

    private static final Logger log = LoggerFactory.getLogger(RecordFacts.class);

    private final ConsultationFacts facts;

    public RecordFacts(ConsultationFacts facts) {
        this.facts = facts;
    }

    /** @return false when the event changed nothing (already applied) */
    public boolean on(ConsultationEvent event) {
        boolean applied = facts.apply(FactPolicy.factsFrom(event));
        if (applied) {
            log.info("Counted {} of consultation {}", EventType.of(event).typeName(), event.consultationId());
        }
        return applied;
    }
}
