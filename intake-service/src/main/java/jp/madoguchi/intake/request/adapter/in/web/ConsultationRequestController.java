package jp.madoguchi.intake.request.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.web.InvalidInputException;
import jp.madoguchi.intake.request.application.ConsultationStatusQuery;
import jp.madoguchi.intake.request.application.ConsultationStatusView;
import jp.madoguchi.intake.request.application.ConsultationStatusView.AppointmentView;
import jp.madoguchi.intake.request.adapter.in.web.OwnerActionBodies.DateChangeBody;
import jp.madoguchi.intake.request.adapter.in.web.OwnerActionBodies.WithdrawalBody;
import jp.madoguchi.intake.request.application.AskForAnotherDate;
import jp.madoguchi.intake.request.application.ContactQuery;
import jp.madoguchi.intake.request.application.IdempotencyKey;
import jp.madoguchi.intake.request.application.SubmitConsultationRequest;
import jp.madoguchi.intake.request.application.SubmittedRequest;
import jp.madoguchi.intake.request.application.WithdrawConsultationRequest;
import jp.madoguchi.intake.request.domain.ContactDetails;
import jp.madoguchi.intake.metrics.SubmissionOutcomes;

/**
 * Consultation requests over HTTP. Who may call which endpoint is the security filter chain's first answer
 * ({@code platform/security}); which request a caller may see is the use cases' (they get the {@link Caller} from
 * the verified token, never from the request).
 */
@RestController
@RequestMapping("/api/v1/consultation-requests")
@Tag(name = "Consultation requests", description = "An owner's request for a consultation: submitted by the owner "
        + "(web form), federation staff (phone intake) or a chamber advisor; its status as scheduling decides it; "
        + "the requester's contact details for those who must reach them.")
class ConsultationRequestController {

    static final String STATUS_TOKEN_HEADER = "X-Status-Token";
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    /** Says that an answer is the one given to the first send of the same idempotency key (as Stripe does). */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final SubmitConsultationRequest submit;
    private final ConsultationStatusQuery statusQuery;
    private final ContactQuery contactQuery;
    private final WithdrawConsultationRequest withdraw;
    private final AskForAnotherDate askForAnotherDate;
    private final SubmissionOutcomes outcomes;

    ConsultationRequestController(SubmitConsultationRequest submit, ConsultationStatusQuery statusQuery,
            ContactQuery contactQuery, WithdrawConsultationRequest withdraw, AskForAnotherDate askForAnotherDate,
            SubmissionOutcomes outcomes) {
        this.outcomes = outcomes;
        this.submit = submit;
        this.statusQuery = statusQuery;
        this.contactQuery = contactQuery;
        this.withdraw = withdraw;
        this.askForAnotherDate = askForAnotherDate;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "submitConsultationRequest", summary = "Submit a consultation request",
            description =
                    "Anyone without a token (the owners' web form; rate-limited per client IP, channel set to "
                    + "`WEB`), or with a bearer token: `FEDERATION_STAFF` for any chamber (channel as sent, e.g. "
                    + "`PHONE`), `CHAMBER_ADVISOR` for their own chamber only (channel set to `CHAMBER_ADVISOR`). "
                    + "Every other role or scope is refused. The answer carries the `statusToken`, shown this once "
                    + "and never again: the requester reads the status with it later. Nothing is stored for a refused "
                    + "request. With an `Idempotency-Key` (per caller; a UUID is best), sending the same request again "
                    + "within 24 h answers as the first time, token included, with `Idempotent-Replayed: true`, and "
                    + "stores nothing; the same key with another request is refused (422). A request of the same owner "
                    + "on the same topic within a day, sent without a key, is taken in and flagged for staff "
                    + "(`possibleDuplicateOf`, shown to staff only).")
    @SecurityRequirements
    @ApiResponse(responseCode = "201", description = "Received: the request's status and its status token.",
            headers = @Header(name = "Location", description = "The request's status resource.",
                    schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "401", description = "A bearer token was sent but is forged, expired or of another "
            + "issuer (an anonymous request sends none).")
    @ApiResponse(responseCode = "403", description = "The token's role may not submit, or an advisor submits for "
            + "another chamber.")
    @ApiResponse(responseCode = "409", description = "Web form only: the owner (known by their phone number) already "
            + "has as many open requests as allowed (`limit`, default 2); nothing is stored.")
    @ApiResponse(responseCode = "413", description = "The body is larger than 64 KiB; it is not read.")
    @ApiResponse(responseCode = "415", description = "The body is not `application/json`.")
    @ApiResponse(responseCode = "422", description = "The `Idempotency-Key` was sent before with a different request; "
            + "nothing is stored.")
    @ApiResponse(responseCode = "429", description = "Too many anonymous submissions from this client IP.",
            headers = @Header(name = "Retry-After", description = "Seconds until a submission is accepted again.",
                    schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "503", description = "The service's database is unreachable: nothing is stored; "
            + "send the same request again later (with the same `Idempotency-Key`, if any).",
            headers = @Header(name = "Retry-After", description = "Seconds after which to try again.",
                    schema = @Schema(type = "integer")))
    ResponseEntity<SubmittedView> submit(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "The caller's key for this request (1–255 visible ASCII characters, e.g. a "
                    + "UUID), so that sending it again after a lost answer does not take it in twice.")
            @RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
            @Validated @RequestBody ConsultationRequestBody body) {
        if (idempotencyKey != null && !IdempotencyKey.isWellFormed(idempotencyKey)) {
            throw new InvalidInputException(IDEMPOTENCY_KEY_HEADER, "request.idempotency-key.invalid");
        }
        SubmittedRequest submitted = submit.submit(Caller.orAnonymous(caller), body.toDetails(),
                idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey));
        outcomes.taken(SubmissionOutcomes.of(submitted.replayed(), submitted.possibleDuplicate()));
        ConsultationStatusView view = submitted.view();
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.created(URI.create("/api/v1/consultation-requests/" + view.consultationId()));
        if (submitted.replayed()) {
            answer.header(REPLAYED_HEADER, "true");
        }
        return answer.body(SubmittedView.of(submitted));
    }

    @GetMapping(path = "/{consultationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getConsultationRequestStatus", summary = "Read a consultation request's status",
            description =
                    "The requester, without a bearer token, with the request's `X-Status-Token`; or with a bearer "
                    + "token: `FEDERATION_STAFF` and `ADMIN` for any request, `CHAMBER_ADVISOR` for their own "
                    + "chamber's. `CONSULTANT`, `ANALYST`, `OPERATOR` and service clients are refused. Staff, admin "
                    + "and advisor reads are audited.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The request's status, with its appointment once scheduled.")
    @ApiResponse(responseCode = "401", description = "Neither a status token nor a bearer token, or a bearer token "
            + "that is forged, expired or of another issuer.")
    @ApiResponse(responseCode = "403", description = "The token's role may not read request statuses.")
    @ApiResponse(responseCode = "404", description = "No such request, or not one this caller may see (a wrong "
            + "status token, another chamber's request): the same answer, so ids cannot be probed.")
    ConsultationStatusView status(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "The consultation id the submission answered with.")
            @PathVariable UUID consultationId,
            @Parameter(description = "The `statusToken` the submission answered with; how a requester without a "
                    + "bearer token proves the request is theirs.")
            @RequestHeader(name = STATUS_TOKEN_HEADER, required = false) String statusToken) {
        return statusQuery.find(Caller.orAnonymous(caller), consultationId, statusToken);
    }

    @PostMapping(path = "/{consultationId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "withdrawConsultationRequest", summary = "Withdraw a consultation request",
            description =
                    "The requester, without a bearer token, with the request's `X-Status-Token`; or with a bearer "
                    + "token: `FEDERATION_STAFF` for any request, `CHAMBER_ADVISOR` for their own chamber's (audited). "
                    + "Allowed until the consultation begins; scheduling then frees the slot or the waitlist place "
                    + "(`consultation.withdrawn`). Withdrawing again answers the same and announces nothing.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Withdrawn: the request's status.")
    @ApiResponse(responseCode = "401", description = "Neither a status token nor a bearer token, or a bearer token "
            + "that is forged, expired or of another issuer.")
    @ApiResponse(responseCode = "403", description = "The token's role may not change requests.")
    @ApiResponse(responseCode = "404", description = "No such request, or not one this caller may change.")
    @ApiResponse(responseCode = "409", description = "The request is over or its consultation has begun.")
    ConsultationStatusView withdraw(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "The consultation to withdraw.") @PathVariable UUID consultationId,
            @Parameter(description = "The request's `statusToken`, for the requester without a bearer token.")
            @RequestHeader(name = STATUS_TOKEN_HEADER, required = false) String statusToken,
            @Validated @RequestBody WithdrawalBody body) {
        return withdraw.withdraw(Caller.orAnonymous(caller), consultationId, statusToken, body.reasonOrDefault());
    }

    @PostMapping(path = "/{consultationId}/date-change", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "askForAnotherDate", summary = "Ask for another date",
            description =
                    "The requester with the `X-Status-Token`, `FEDERATION_STAFF`, or the chamber's `CHAMBER_ADVISOR` "
                    + "(audited) give new preferences; scheduling moves the appointment to a slot that fits them "
                    + "(`consultation.rescheduled`) or, when nothing else fits, keeps the appointment and says so "
                    + "(`consultation.date-change-declined`). Until it answers, `dateChangePending` is true. At most three times per request, "
                    + "until the consultation begins.")
    @SecurityRequirements
    @ApiResponse(responseCode = "202", description = "Asked: the request's status, with `dateChangePending`.")
    @ApiResponse(responseCode = "400", description = "The preferences break a rule (weekdays only, at most five).")
    @ApiResponse(responseCode = "401", description = "Neither a status token nor a bearer token, or a bearer token "
            + "that is forged, expired or of another issuer.")
    @ApiResponse(responseCode = "403", description = "The token's role may not change requests.")
    @ApiResponse(responseCode = "404", description = "No such request, or not one this caller may change.")
    @ApiResponse(responseCode = "409", description = "The request is over, its consultation has begun, or it was "
            + "moved as often as allowed.")
    ResponseEntity<ConsultationStatusView> askForAnotherDate(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "The consultation to move.") @PathVariable UUID consultationId,
            @Parameter(description = "The request's `statusToken`, for the requester without a bearer token.")
            @RequestHeader(name = STATUS_TOKEN_HEADER, required = false) String statusToken,
            @Validated @RequestBody DateChangeBody body) {
        return ResponseEntity.accepted().body(askForAnotherDate.ask(Caller.orAnonymous(caller), consultationId,
                statusToken, body.toPreferences()));
    }

    @GetMapping(path = "/{consultationId}/contact", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getConsultationRequestContact", summary = "Read the requester's contact details",
            description =
                    "A service client with scope `intake.contact.read` (notification) gets name, business name, "
                    + "phone and e-mail; the `CONSULTANT` holding the request's appointment gets name and phone only "
                    + "(fields not granted are left out). Every other role or scope is refused, and a status token "
                    + "grants nothing here. Every read is audited before anything is decrypted (refused reads of an "
                    + "existing request too). Never the requester's story.")
    @ApiResponse(responseCode = "200", description = "The contact details this caller may see.")
    @ApiResponse(responseCode = "404", description = "No such request, or a consultant who does not hold its "
            + "appointment: the same answer, so ids cannot be probed.")
    ContactView contact(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "The consultation whose requester is to be reached.")
            @PathVariable UUID consultationId) {
        return ContactView.of(consultationId, contactQuery.read(Caller.orAnonymous(caller), consultationId));
    }

    /**
     * The status view plus the status token, which only this answer ever contains.
     *
     * @param possibleDuplicateOf for staff only: the same owner's request on the same topic from the day before
     */
    record SubmittedView(UUID consultationId, String referenceCode, String chamberId, String status,
            Instant receivedAt, AppointmentView appointment, String statusToken,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID possibleDuplicateOf) {

        static SubmittedView of(SubmittedRequest submitted) {
            ConsultationStatusView v = submitted.view();
            return new SubmittedView(v.consultationId(), v.referenceCode(), v.chamberId(), v.status(), v.receivedAt(),
                    v.appointment(), submitted.statusToken().value(), v.possibleDuplicateOf());
        }
    }

    /**
     * Contact details; fields the caller may not see, or the owner did not give, are left out, not sent as null.
     *
     * @param phone as a person dials it ({@code 0475-42-1234})
     * @param phoneE164 the same line for machines (SMS): {@code +81475421234}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(UUID consultationId, String name, String nameKana, String businessName, String phone,
            String phoneE164, String email) {

        static ContactView of(UUID consultationId, ContactDetails d) {
            String e164 = d.phone() == null ? null : JapanesePhoneNumbers.toE164(d.phone()).orElse(null);
            // Requests taken before numbers were normalised hold the phone as written: shown as it was.
            String phone = e164 == null ? d.phone() : JapanesePhoneNumbers.national(e164);
            return new ContactView(consultationId, d.name(), d.nameKana(), d.businessName(), phone, e164, d.email());
        }
    }
}
