package jp.madoguchi.intake.request.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.intake.request.application.ConsultationStatusQuery;
import jp.madoguchi.intake.request.application.ConsultationStatusView;
import jp.madoguchi.intake.request.application.SubmitConsultationRequest;

/**
 * Consultation requests over HTTP. Access control (who may read which request) is a later issue: it will sit in
 * front of these endpoints as a security filter chain; nothing here assumes a caller identity.
 */
@RestController
@RequestMapping("/api/v1/consultation-requests")
class ConsultationRequestController {

    private final SubmitConsultationRequest submit;
    private final ConsultationStatusQuery statusQuery;

    ConsultationRequestController(SubmitConsultationRequest submit, ConsultationStatusQuery statusQuery) {
        this.submit = submit;
        this.statusQuery = statusQuery;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ConsultationStatusView> submit(@Validated @RequestBody ConsultationRequestBody body) {
        ConsultationStatusView view = submit.submit(body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/consultation-requests/" + view.consultationId())).body(view);
    }

    @GetMapping(path = "/{consultationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsultationStatusView status(@PathVariable UUID consultationId) {
        return statusQuery.find(consultationId);
    }
}
