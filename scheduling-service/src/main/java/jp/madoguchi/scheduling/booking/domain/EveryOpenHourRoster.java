package jp.madoguchi.scheduling.booking.domain;

import java.util.List;

/** The same consultants on duty in every open hour: the federation's minimum staffing of the first release. */
public final class EveryOpenHourRoster implements DutyRoster {

    private final List<String> consultants;

    public EveryOpenHourRoster(List<String> consultants) {
        if (consultants == null || consultants.isEmpty()) {
            throw new IllegalArgumentException("At least one consultant must be on duty");
        }
        this.consultants = List.copyOf(consultants);
    }

    @Override
    public List<String> consultantsOnDuty(Slot slot) {
        return consultants;
    }
}
