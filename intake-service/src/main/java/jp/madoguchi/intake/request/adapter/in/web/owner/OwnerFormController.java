package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import jp.madoguchi.events.BusinessIndustry;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.ContactWay;
import jp.madoguchi.events.EmployeeBand;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.chamber.application.Chambers;
import jp.madoguchi.intake.metrics.SubmissionOutcomes;
import jp.madoguchi.intake.request.adapter.in.web.ConsultationRequestBody;
import jp.madoguchi.intake.request.adapter.in.web.RejectionReasons;
import jp.madoguchi.intake.request.application.FormReceipt;
import jp.madoguchi.intake.request.application.IdempotencyKey;
import jp.madoguchi.intake.request.application.IdempotencyKeyReusedException;
import jp.madoguchi.intake.request.application.OneTimeReceipts;
import jp.madoguchi.intake.request.application.SubmitConsultationRequest;
import jp.madoguchi.intake.request.application.SubmittedRequest;
import jp.madoguchi.intake.request.domain.OpenRequestLimitReachedException;
import jp.madoguchi.intake.request.domain.RequestRejectedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.web.RequestRejections;

/**
 * The owner's web form: the same request, rules and use case as {@code POST /api/v1/consultation-requests} from an
 * anonymous caller, as HTML that works without JavaScript. A good submission is answered with 303 to a receipt page
 * shown once (post/redirect/get); a bad one with the form again, every message beside its field and summarised at the
 * top, and nothing stored.
 */
@Controller
@Hidden
class OwnerFormController {

    static final String FORM = "/request";
    private static final Pattern CAMPAIGN_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final List<DayOfWeek> SERVICE_DAYS = List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final SubmitConsultationRequest submit;
    private final OneTimeReceipts receipts;
    private final Chambers chambers;
    private final Validator validator;
    private final MessageSource messages;
    private final RequestRejections rejections;
    private final SubmissionOutcomes outcomes;
    private final String noticeVersion;

    OwnerFormController(SubmitConsultationRequest submit, OneTimeReceipts receipts, Chambers chambers,
            Validator validator, MessageSource messages, RequestRejections rejections, SubmissionOutcomes outcomes,
            IntakeProperties properties) {
        this.submit = submit;
        this.receipts = receipts;
        this.chambers = chambers;
        this.validator = validator;
        this.messages = messages;
        this.rejections = rejections;
        this.outcomes = outcomes;
        this.noticeVersion = properties.privacyNoticeVersion();
    }

    @GetMapping("/")
    RedirectView home() {
        return seeOther(FORM);
    }

    /**
     * @param campaign the code on a flyer's QR code or in an ad's address; anything not shaped like one is ignored
     * @param source how the owner heard of the service, when the link says so
     */
    @GetMapping(path = FORM, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView form(@RequestParam(required = false) String campaign,
            @RequestParam(required = false) String source) {
        String code = campaign != null && CAMPAIGN_CODE.matcher(campaign).matches() ? campaign : null;
        OutreachSource outreach = OwnerForm.option(OutreachSource.class, source);
        return page(OwnerForm.blank(code, outreach, noticeVersion, null), FormErrors.none(OwnerForm.FIELDS),
                HttpStatus.OK);
    }

    @PostMapping(path = FORM, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView submit(@ModelAttribute OwnerForm form) {
        ConsultationRequestBody body = form.toBody();
        outcomes.readBody(body.channel() == null ? null : body.channel().name(),
                body.outreachSource() == null ? null : body.outreachSource().name());
        FormErrors errors = FormErrors.of(validator.validate(body), OwnerForm.FIELDS);
        if (!errors.isEmpty()) {
            rejections.rejected(RequestRejections.VALIDATION);
            return page(form, errors, HttpStatus.OK);
        }
        Locale locale = LocaleContextHolder.getLocale();
        try {
            SubmittedRequest submitted = submit.submit(Caller.anonymous(), body.toDetails(), keyOf(form));
            outcomes.taken(SubmissionOutcomes.of(submitted.replayed(), submitted.possibleDuplicate()));
            return new ModelAndView(seeOther(FORM + "/receipt/" + receipts.issue(submitted)));
        } catch (RequestRejectedException e) {
            rejections.rejected(RejectionReasons.of(e));
            errors = FormErrors.ofDomain(e.violations(), OwnerForm.FIELDS, messages, locale);
        } catch (OpenRequestLimitReachedException e) {
            rejections.rejected(RejectionReasons.OPEN_REQUEST_LIMIT);
            errors = FormErrors.general(messages.getMessage("request.open-limit-reached",
                    new Object[] {e.limit()}, locale), OwnerForm.FIELDS);
        } catch (IdempotencyKeyReusedException e) {
            rejections.rejected(RejectionReasons.IDEMPOTENCY_KEY_REUSED);
            errors = FormErrors.general(messages.getMessage("request.idempotency-key.reused", null, locale),
                    OwnerForm.FIELDS);
        }
        return page(form, errors, HttpStatus.OK);
    }

    /** Shown once: a second look (reload, back button, someone else with the address) finds it gone. */
    @GetMapping(path = FORM + "/receipt/{receiptId}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView receipt(@PathVariable String receiptId) {
        UUID id;
        try {
            id = UUID.fromString(receiptId);
        } catch (IllegalArgumentException notAnId) {
            return new ModelAndView("owner/receipt-gone", HttpStatus.NOT_FOUND);
        }
        return receipts.takeOnce(id).map(OwnerFormController::receiptPage)
                .orElseGet(() -> new ModelAndView("owner/receipt-gone", HttpStatus.NOT_FOUND));
    }

    private static ModelAndView receiptPage(FormReceipt receipt) {
        ModelAndView page = new ModelAndView("owner/receipt");
        page.addObject("receipt", receipt);
        // In the fragment: browsers never send it to a server, so it reaches no log.
        page.addObject("statusLink", OwnerStatusController.STATUS + "/" + receipt.consultationId() + "#token="
                + receipt.statusToken().value());
        return page;
    }

    private ModelAndView page(OwnerForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("owner/form", status);
        // Every rendering draws a new key: what was refused stored nothing, and the next send is a new attempt.
        page.addObject("form", form.withIdempotencyKey(newKey()));
        page.addObject("errors", errors);
        page.addObject("regions", ChamberChoices.of(chambers));
        page.addObject("industries", BusinessIndustry.values());
        page.addObject("employeeBands", EmployeeBand.values());
        page.addObject("contactWays", ContactWay.values());
        page.addObject("topics", ConsultationTopic.values());
        page.addObject("modes", ConsultationMode.values());
        page.addObject("days", SERVICE_DAYS);
        page.addObject("timesOfDay", TimeOfDay.values());
        page.addObject("memberships", Membership.values());
        page.addObject("sources", OutreachSource.values());
        page.addObject("noticeVersion", noticeVersion);
        return page;
    }

    private static IdempotencyKey keyOf(OwnerForm form) {
        return IdempotencyKey.isWellFormed(form.idempotencyKey()) ? new IdempotencyKey(form.idempotencyKey()) : null;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    static RedirectView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
