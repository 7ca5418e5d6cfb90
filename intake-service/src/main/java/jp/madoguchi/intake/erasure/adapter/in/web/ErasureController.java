package jp.madoguchi.intake.erasure.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.intake.erasure.application.AskForErasure;
import jp.madoguchi.intake.erasure.application.EraseRequester;
import jp.madoguchi.intake.erasure.application.ErasureResult;
import jp.madoguchi.intake.erasure.domain.ErasureRequest;
import jp.madoguchi.platform.security.Caller;

/** Erasing a requester's personal data (APPI), and the owners' requests for it. */
@RestController
@Tag(name = "Erasure", description = "Deleting a requester's personal data: by an administrator, at the owner's "
        + "request (made with the status token), or by the retention job. Non-personal facts stay.")
class ErasureController {

    private static final String STATUS_TOKEN_HEADER = "X-Status-Token";

    private final EraseRequester erase;
    private final AskForErasure ask;

    ErasureController(EraseRequester erase, AskForErasure ask) {
        this.erase = erase;
        this.ask = ask;
    }

    @PostMapping(path = "/api/v1/consultation-requests/{consultationId}/erasure",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "eraseRequester", summary = "Erase the requester of a consultation",
            description = "`ADMIN` only, audited. Deletes the personal data (name, furigana, business name, phone, "
                    + "e-mail, story), the status token and idempotency data of every request of this request's "
                    + "requester (the same pseudonymous `requesterId`) and announces `requester.erased` for each; "
                    + "chamber, topic, dates and status stay. Refused while a request of the requester is still "
                    + "to come (withdraw it first). Erasing again answers the same and announces nothing.")
    @ApiResponse(responseCode = "200", description = "Erased: every request of the requester and when.")
    @ApiResponse(responseCode = "404", description = "No such request.")
    @ApiResponse(responseCode = "409", description = "The requester has open requests (`openConsultationIds`): "
            + "received, waitlisted, or scheduled for a time not yet over. Nothing is erased.")
    ErasureView erase(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "Any request of the requester to erase.") @PathVariable UUID consultationId) {
        return ErasureView.of(erase.eraseByStaff(Caller.orAnonymous(caller), consultationId));
    }

    @PostMapping(path = "/api/v1/consultation-requests/{consultationId}/erasure-request",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "askForErasure", summary = "Ask for one's personal data to be erased",
            description = "The requester, without a bearer token, with the request's `X-Status-Token`. Recorded for "
                    + "staff (audited), who erase it; asking again keeps the first request. No body.")
    @SecurityRequirements
    @ApiResponse(responseCode = "202", description = "Recorded; staff will erase.")
    @ApiResponse(responseCode = "401", description = "No status token, or a bearer token that is forged, expired "
            + "or of another issuer.")
    @ApiResponse(responseCode = "403", description = "A bearer token: staff erase directly.")
    @ApiResponse(responseCode = "404", description = "No such request, or not this status token's.")
    ResponseEntity<ErasureRequestView> askForErasure(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "The request the owner asks from.") @PathVariable UUID consultationId,
            @Parameter(description = "The request's `statusToken`.")
            @RequestHeader(name = STATUS_TOKEN_HEADER, required = false) String statusToken) {
        return ResponseEntity.accepted()
                .body(ErasureRequestView.of(ask.ask(Caller.orAnonymous(caller), consultationId, statusToken)));
    }

    @GetMapping(path = "/api/v1/erasure-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listErasureRequests", summary = "Owners' pending erasure requests",
            description = "`ADMIN` and `FEDERATION_STAFF`. Oldest first, at most 500; erasing the requester "
                    + "resolves them.")
    @ApiResponse(responseCode = "200", description = "The pending requests.")
    ErasureRequestsView pending(@AuthenticationPrincipal Caller caller) {
        return new ErasureRequestsView(ask.pending(Caller.orAnonymous(caller)).stream()
                .map(ErasureRequestView::of).toList());
    }

    /** @param erasedAt when the first of them was erased */
    record ErasureView(List<UUID> consultationIds, Instant erasedAt) {

        static ErasureView of(ErasureResult result) {
            return new ErasureView(result.consultationIds(), result.erasedAt());
        }
    }

    /** @param status PENDING or RESOLVED */
    record ErasureRequestView(UUID consultationId, String chamberId, Instant requestedAt, String status) {

        static ErasureRequestView of(ErasureRequest request) {
            return new ErasureRequestView(request.consultationId(), request.chamberId(), request.requestedAt(),
                    request.pending() ? "PENDING" : "RESOLVED");
        }
    }

    record ErasureRequestsView(List<ErasureRequestView> items) {
    }
}
