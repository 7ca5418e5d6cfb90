package jp.madoguchi.notification.delivery.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.notification.delivery.application.Deliveries;

@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveriesController {

    private final Deliveries deliveries;

    DeliveriesController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** The delivery log of one consultation, oldest first; an unknown consultation has an empty log. */
    @GetMapping
    List<DeliveryView> ofConsultation(@RequestParam UUID consultationId) {
        return deliveries.ofConsultation(consultationId).stream().map(DeliveryView::of).toList();
    }
}
