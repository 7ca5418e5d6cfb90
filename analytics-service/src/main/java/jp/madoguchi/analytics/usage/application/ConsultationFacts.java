package jp.madoguchi.analytics.usage.application;

import java.util.List;

import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.FactUpdate;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;

/** Port: the per-consultation fact store. */
public interface ConsultationFacts {

    /**
     * Upserts the update into the consultation's document.
     *
     * @return false when the document already held exactly these facts (a redelivery)
     */
    boolean apply(FactUpdate update);

    /** Per chamber of the federation, sorted by chamber id; consultations not yet requested are not counted. */
    List<ChamberUsage> usagePerChamber(String federationId, UsagePeriod period);
}
