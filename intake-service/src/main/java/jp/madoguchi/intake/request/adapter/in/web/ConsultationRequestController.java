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

import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.intake.request.application.ConsultationStatusQuery;
import jp.madoguchi.intake.request.application.ConsultationStatusView;
import jp.madoguchi.intake.request.application.ConsultationStatusView.AppointmentView;
import jp.madoguchi.intake.request.application.ContactQuery;
import jp.madoguchi.intake.request.application.SubmitConsultationRequest;
import jp.madoguchi.intake.request.application.SubmittedRequest;
import jp.madoguchi.intake.request.domain.ContactDetails;

/**
 * Consultation requests over HTTP. Who may call which endpoint is the security filter chain's first answer
 * ({@code platform/security}); which request a caller may see is the use cases' (they get the {@link Caller} from
 * the verified token, never from the request).
 */
@RestController
@RequestMapping("/api/v1/consultation-requests")
class ConsultationRequestController {

    static final String STATUS_TOKEN_HEADER = "X-Status-Token";

    private final SubmitConsultationRequest submit;
    private final ConsultationStatusQuery statusQuery;
    private final ContactQuery contactQuery;

    ConsultationRequestController(SubmitConsultationRequest submit, ConsultationStatusQuery statusQuery,
            ContactQuery contactQuery) {
        this.submit = submit;
        this.statusQuery = statusQuery;
        this.contactQuery = contactQuery;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmittedView> submit(@AuthenticationPrincipal Caller caller,
            @Validated @RequestBody ConsultationRequestBody body) {
        SubmittedRequest submitted = submit.submit(Caller.orAnonymous(caller), body.toDetails());
        ConsultationStatusView view = submitted.view();
        return ResponseEntity.created(URI.create("/api/v1/consultation-requests/" + view.consultationId()))
                .body(SubmittedView.of(submitted));
    }

    @GetMapping(path = "/{consultationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsultationStatusView status(@AuthenticationPrincipal Caller caller, @PathVariable UUID consultationId,
            @RequestHeader(name = STATUS_TOKEN_HEADER, required = false) String statusToken) {
        return statusQuery.find(Caller.orAnonymous(caller), consultationId, statusToken);
    }

    @GetMapping(path = "/{consultationId}/contact", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactView contact(@AuthenticationPrincipal Caller caller, @PathVariable UUID consultationId) {
        return ContactView.of(consultationId, contactQuery.read(Caller.orAnonymous(caller), consultationId));
    }

    /** The status view plus the status token, which only this answer ever contains. */
    record SubmittedView(UUID consultationId, String referenceCode, String chamberId, String status,
            Instant receivedAt, AppointmentView appointment, String statusToken) {

        static SubmittedView of(SubmittedRequest submitted) {
            ConsultationStatusView v = submitted.view();
            return new SubmittedView(v.consultationId(), v.referenceCode(), v.chamberId(), v.status(), v.receivedAt(),
                    v.appointment(), submitted.statusToken().value());
        }
    }

    /** Contact details; fields the caller may not see are left out, not sent as null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(UUID consultationId, String name, String businessName, String phone, String email) {

        static ContactView of(UUID consultationId, ContactDetails d) {
            return new ContactView(consultationId, d.name(), d.businessName(), d.phone(), d.email());
        }
    }
}
