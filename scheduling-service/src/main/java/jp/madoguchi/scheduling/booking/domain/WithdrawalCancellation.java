package jp.madoguchi.scheduling.booking.domain;

import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.WithdrawalReason;

/**
 * How a withdrawn request reads as a cancellation. A withdrawal always comes from the owner's side
 * (staff only type it in for them); only the owner's own wish or an answer found elsewhere count as
 * the owner's request, a duplicate or anything else is "other".
 */
public record WithdrawalCancellation(CancelledBy cancelledBy, CancellationReason reason) {

    public static WithdrawalCancellation of(WithdrawalReason withdrawal) {
        if (withdrawal == WithdrawalReason.OWNER_REQUEST || withdrawal == WithdrawalReason.RESOLVED_ELSEWHERE) {
            return new WithdrawalCancellation(CancelledBy.OWNER, CancellationReason.OWNER_REQUEST);
        }
        return new WithdrawalCancellation(CancelledBy.OWNER, CancellationReason.OTHER);
    }
}
