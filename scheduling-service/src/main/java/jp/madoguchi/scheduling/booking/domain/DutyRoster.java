package jp.madoguchi.scheduling.booking.domain;

import java.util.List;

/**
 * Who works in a slot. The number of consultants on duty is the slot's capacity. A roster kept by
 * staff per day and hour will replace {@link EveryOpenHourRoster}.
 */
public interface DutyRoster {

    List<String> consultantsOnDuty(Slot slot);
}
