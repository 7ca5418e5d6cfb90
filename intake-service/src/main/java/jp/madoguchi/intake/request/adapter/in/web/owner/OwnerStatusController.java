package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.intake.request.adapter.in.web.OwnerActionBodies.DateChangeBody;
import jp.madoguchi.intake.request.application.AskForAnotherDate;
import jp.madoguchi.intake.request.application.ConsultationNotFoundException;
import jp.madoguchi.intake.request.application.ConsultationStatusQuery;
import jp.madoguchi.intake.request.application.ConsultationStatusView;
import jp.madoguchi.intake.request.application.WithdrawConsultationRequest;
import jp.madoguchi.intake.request.domain.RequestNotChangeableException;
import jp.madoguchi.intake.request.domain.RequestRejectedException;
import jp.madoguchi.platform.security.Caller;

/**
 * The owner's status page: the status token comes in a POSTed form field (typed in, or filled from the receipt link's
 * fragment), never in the query string, so it reaches no access log. Read the status, withdraw (after a confirmation),
 * ask for another date: the JSON API's use cases, for the anonymous owner with the token.
 */
@Controller
@Hidden
class OwnerStatusController {

    static final String STATUS = "/requests";
    private static final List<String> DATE_FIELDS = List.of("preferredMode", "preferredDays", "preferredTimeOfDay");
    private static final List<DayOfWeek> SERVICE_DAYS = List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final ConsultationStatusQuery statusQuery;
    private final WithdrawConsultationRequest withdraw;
    private final AskForAnotherDate askForAnotherDate;
    private final Validator validator;
    private final MessageSource messages;

    OwnerStatusController(ConsultationStatusQuery statusQuery, WithdrawConsultationRequest withdraw,
            AskForAnotherDate askForAnotherDate, Validator validator, MessageSource messages) {
        this.statusQuery = statusQuery;
        this.withdraw = withdraw;
        this.askForAnotherDate = askForAnotherDate;
        this.validator = validator;
        this.messages = messages;
    }

    /** Asks for the status token; the receipt link's {@code #token=} fills it in where JavaScript runs. */
    @GetMapping(path = STATUS + "/{consultationId}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView ask(@PathVariable UUID consultationId) {
        return tokenPage(consultationId, HttpStatus.OK, false);
    }

    @PostMapping(path = STATUS + "/{consultationId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView show(@PathVariable UUID consultationId, @RequestParam(required = false) String statusToken) {
        return owned(consultationId, statusToken,
                () -> statusPage(statusQuery.find(Caller.anonymous(), consultationId, statusToken), statusToken,
                        null, FormErrors.none(DATE_FIELDS)));
    }

    /** Without {@code confirmed}, the question "really withdraw?"; with it, the withdrawal. */
    @PostMapping(path = STATUS + "/{consultationId}/withdrawal",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView withdraw(@PathVariable UUID consultationId, @RequestParam(required = false) String statusToken,
            @RequestParam(required = false) String confirmed) {
        return owned(consultationId, statusToken, () -> {
            ConsultationStatusView view = statusQuery.find(Caller.anonymous(), consultationId, statusToken);
            if (!"true".equals(confirmed)) {
                ModelAndView page = new ModelAndView("owner/withdraw-confirm");
                page.addObject("view", view);
                page.addObject("statusToken", statusToken);
                return page;
            }
            try {
                ConsultationStatusView withdrawn = withdraw.withdraw(Caller.anonymous(), consultationId, statusToken,
                        WithdrawalReason.OWNER_REQUEST);
                return statusPage(withdrawn, statusToken, "owner.status.withdrawn-notice",
                        FormErrors.none(DATE_FIELDS));
            } catch (RequestNotChangeableException e) {
                return statusPage(view, statusToken, null, notChangeable(e));
            }
        });
    }

    @PostMapping(path = STATUS + "/{consultationId}/date-change",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView askForAnotherDate(@PathVariable UUID consultationId,
            @RequestParam(required = false) String statusToken, @RequestParam(required = false) String preferredMode,
            @RequestParam(required = false) List<String> preferredDays,
            @RequestParam(required = false) String preferredTimeOfDay) {
        return owned(consultationId, statusToken, () -> {
            DateChangeBody body = new DateChangeBody(OwnerForm.option(ConsultationMode.class, preferredMode),
                    preferredDays == null ? List.of()
                            : preferredDays.stream().map(d -> OwnerForm.option(DayOfWeek.class, d)).toList(),
                    OwnerForm.option(TimeOfDay.class, preferredTimeOfDay));
            FormErrors errors = FormErrors.of(validator.validate(body), DATE_FIELDS);
            if (errors.isEmpty()) {
                try {
                    ConsultationStatusView asked = askForAnotherDate.ask(Caller.anonymous(), consultationId,
                            statusToken, body.toPreferences());
                    return statusPage(asked, statusToken, "owner.status.date-change-notice", errors);
                } catch (RequestNotChangeableException e) {
                    errors = notChangeable(e);
                } catch (RequestRejectedException e) {
                    errors = FormErrors.ofDomain(e.violations(), DATE_FIELDS, messages,
                            LocaleContextHolder.getLocale());
                }
            }
            return statusPage(statusQuery.find(Caller.anonymous(), consultationId, statusToken), statusToken, null,
                    errors);
        });
    }

    /** A wrong or missing token answers as an unknown id does: ids cannot be probed. */
    private ModelAndView owned(UUID consultationId, String statusToken, Supplier<ModelAndView> action) {
        if (statusToken == null || statusToken.isBlank()) {
            return tokenPage(consultationId, HttpStatus.NOT_FOUND, true);
        }
        try {
            return action.get();
        } catch (ConsultationNotFoundException e) {
            return tokenPage(consultationId, HttpStatus.NOT_FOUND, true);
        }
    }

    private FormErrors notChangeable(RequestNotChangeableException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return FormErrors.general(messages.getMessage(e.messageCode(), null, locale), DATE_FIELDS);
    }

    private static ModelAndView tokenPage(UUID consultationId, HttpStatus status, boolean refused) {
        ModelAndView page = new ModelAndView("owner/status-token", status);
        page.addObject("consultationId", consultationId);
        page.addObject("refused", refused);
        return page;
    }

    private static ModelAndView statusPage(ConsultationStatusView view, String statusToken, String notice,
            FormErrors errors) {
        ModelAndView page = new ModelAndView("owner/status");
        page.addObject("view", view);
        page.addObject("statusToken", statusToken);
        page.addObject("notice", notice);
        page.addObject("errors", errors);
        page.addObject("appointmentTime", view.appointment() == null ? null
                : AppointmentTimes.of(view.appointment(), LocaleContextHolder.getLocale()));
        page.addObject("changeable", isChangeable(view.status()));
        page.addObject("modes", ConsultationMode.values());
        page.addObject("days", SERVICE_DAYS);
        page.addObject("timesOfDay", TimeOfDay.values());
        return page;
    }

    /** Whether to offer the buttons at all; the use cases decide, and their refusal is shown as a message. */
    private static boolean isChangeable(String status) {
        return List.of("RECEIVED", "WAITLISTED", "SCHEDULED").contains(status);
    }
}
