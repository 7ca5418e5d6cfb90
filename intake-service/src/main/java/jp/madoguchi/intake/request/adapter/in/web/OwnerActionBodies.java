package jp.madoguchi.intake.request.adapter.in.web;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.intake.request.domain.DatePreferences;

/** The bodies of the owner's actions on a request (withdraw, ask for another date), for the JSON API and the form. */
public final class OwnerActionBodies {

    private OwnerActionBodies() {
    }

    /** @param reason optional: the owner's own request when absent */
    record WithdrawalBody(WithdrawalReason reason) {

        WithdrawalReason reasonOrDefault() {
            return reason == null ? WithdrawalReason.OWNER_REQUEST : reason;
        }
    }

    /** New preferences; the same rules as on the request (weekdays only, at most five). */
    public record DateChangeBody(
            @NotNull(message = "{request.preferredMode.required}")
            ConsultationMode preferredMode,
            @Size(max = 5, message = "{request.preferredDays.too-many}")
            List<@NotNull(message = "{request.preferredDays.required}") DayOfWeek> preferredDays,
            TimeOfDay preferredTimeOfDay) {

        public DatePreferences toPreferences() {
            return new DatePreferences(preferredMode, preferredDays, preferredTimeOfDay);
        }
    }
}
