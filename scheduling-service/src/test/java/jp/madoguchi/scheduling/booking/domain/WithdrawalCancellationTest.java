package jp.madoguchi.scheduling.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.WithdrawalReason;

class WithdrawalCancellationTest {

    @Test
    void theOwnersWithdrawalIsTheOwnersCancellation() {
        assertThat(WithdrawalCancellation.of(WithdrawalReason.OWNER_REQUEST))
                .isEqualTo(new WithdrawalCancellation(CancelledBy.OWNER, CancellationReason.OWNER_REQUEST));
        assertThat(WithdrawalCancellation.of(WithdrawalReason.RESOLVED_ELSEWHERE))
                .isEqualTo(new WithdrawalCancellation(CancelledBy.OWNER, CancellationReason.OWNER_REQUEST));
    }

    @Test
    void aDuplicateOrOtherWithdrawalIsOther() {
        assertThat(WithdrawalCancellation.of(WithdrawalReason.DUPLICATE).reason()).isEqualTo(CancellationReason.OTHER);
        assertThat(WithdrawalCancellation.of(WithdrawalReason.OTHER).reason()).isEqualTo(CancellationReason.OTHER);
    }
}
