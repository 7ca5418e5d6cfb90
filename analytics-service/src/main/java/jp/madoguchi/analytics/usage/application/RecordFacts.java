package jp.madoguchi.analytics.usage.application;

import org.springframework.stereotype.Service;

import jp.madoguchi.analytics.usage.domain.FactPolicy;
import jp.madoguchi.events.ConsultationEvent;

/** Use case: an event happened somewhere on the platform; keep what analytics may know of it. */
@Service
public class RecordFacts {

    private final ConsultationFacts facts;

    public RecordFacts(ConsultationFacts facts) {
        this.facts = facts;
    }

    /** @return false when the event changed nothing (already applied) */
    public boolean on(ConsultationEvent event) {
        return facts.apply(FactPolicy.factsFrom(event));
    }
}
