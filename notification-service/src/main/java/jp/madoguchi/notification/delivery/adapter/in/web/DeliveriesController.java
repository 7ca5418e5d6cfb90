package jp.madoguchi.notification.delivery.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.notification.delivery.application.Deliveries;

@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Deliveries", description = "The delivery log: which notice about which consultation went to which role, "
        + "through which channel, when, and because of which event.")
class DeliveriesController {

    private final Deliveries deliveries;

    DeliveriesController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** The delivery log of one consultation, oldest first; an unknown consultation has an empty log. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDeliveries", summary = "List the deliveries of a consultation, oldest first",
            description = "`FEDERATION_STAFF`, `OPERATOR` and `ADMIN`: the log says which owner was told what. "
                    + "Chamber advisors, consultants, analysts and service clients are refused.")
    @ApiResponse(responseCode = "200", description = "The consultation's deliveries; an unknown consultation has an "
            + "empty log.")
    List<DeliveryView> ofConsultation(
            @Parameter(description = "The consultation request whose deliveries are listed.")
            @RequestParam UUID consultationId) {
        return deliveries.ofConsultation(consultationId).stream().map(DeliveryView::of).toList();
    }
}
