package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.ContactDetails;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.RequestStatus;
import jp.madoguchi.intake.request.domain.StatusChange;

/**
 * The request store as a map, one entry per request like the one document per request of the real store: the
 * request, its status token hash, its pending events, its status and the event ids already applied.
 */
final class InMemoryConsultationRequestStore implements ConsultationRequestStore {

    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private int referenceCodesToRefuse;

    private static final class Entry {
        final ConsultationRequest request;
        final String statusTokenHash;
        final List<ConsultationEvent> events;
        final Set<UUID> appliedEventIds = new HashSet<>();
        String openRequestSlot;
        RequestStatus status = RequestStatus.RECEIVED;
        Instant statusAsOf;
        Appointment appointment;

        Entry(WithEvents<ConsultationRequest> received, String statusTokenHash, String openRequestSlot) {
            this.request = received.state();
            this.statusTokenHash = statusTokenHash;
            this.events = received.events();
            this.openRequestSlot = openRequestSlot;
        }
    }

    /** The next {@code times} inserts find their reference code taken, as if other requests held them. */
    void refuseNextReferenceCodes(int times) {
        referenceCodesToRefuse = times;
    }

    List<ConsultationRequest> requests() {
        return entries.values().stream().map(e -> e.request).toList();
    }

    /** Every stored event waiting for the relay, in insertion order. */
    List<ConsultationEvent> events() {
        return entries.values().stream().flatMap(e -> e.events.stream()).toList();
    }

    String statusTokenHashOf(UUID consultationId) {
        return entries.get(consultationId).statusTokenHash;
    }

    @Override
    public void insert(WithEvents<ConsultationRequest> received, String statusTokenHash, String openRequestSlot) {
        ConsultationRequest request = received.state();
        boolean taken = entries.values().stream()
                .anyMatch(e -> e.request.referenceCode().equals(request.referenceCode()));
        if (referenceCodesToRefuse > 0 || taken) {
            referenceCodesToRefuse = Math.max(0, referenceCodesToRefuse - 1);
            throw new ReferenceCodeTakenException(null);
        }
        if (entries.containsKey(request.consultationId())) {
            throw new IllegalStateException("Consultation " + request.consultationId() + " already stored");
        }
        if (openRequestSlot != null) {
            entries.values().stream().filter(e -> openRequestSlot.equals(e.openRequestSlot)).findFirst()
                    .ifPresent(holder -> {
                        throw new OpenRequestSlotTakenException(holder.request.consultationId(), null);
                    });
        }
        entries.put(request.consultationId(), new Entry(received, statusTokenHash, openRequestSlot));
    }

    @Override
    public boolean releaseOpenRequestSlot(UUID holder, String openRequestSlot) {
        Entry e = entries.get(holder);
        if (e == null || !openRequestSlot.equals(e.openRequestSlot)) {
            return false;
        }
        e.openRequestSlot = null;
        return true;
    }

    @Override
    public Optional<StoredConsultation> find(UUID consultationId) {
        return Optional.ofNullable(entries.get(consultationId)).map(e -> new StoredConsultation(
                new ConsultationStatus(consultationId, e.request.referenceCode(), e.request.details().chamberId(),
                        e.status, e.request.receivedAt(), e.appointment),
                e.statusTokenHash));
    }

    @Override
    public Optional<StoredContact> findContact(UUID consultationId) {
        return Optional.ofNullable(entries.get(consultationId)).map(e -> {
            PersonalData p = e.request.details().personalData();
            return new StoredContact(e.request.details().chamberId(),
                    e.appointment == null ? null : e.appointment.consultantId(),
                    () -> new ContactDetails(p.name(), p.nameKana(), p.businessName(), p.phone(), p.email()));
        });
    }

    @Override
    public ApplyOutcome apply(StatusChange change) {
        Entry e = entries.get(change.consultationId());
        if (e == null) {
            return ApplyOutcome.UNKNOWN_CONSULTATION;
        }
        if (!e.appliedEventIds.add(change.eventId())) {
            return ApplyOutcome.DUPLICATE;
        }
        if (e.statusAsOf != null && change.asOf().isBefore(e.statusAsOf)) {
            return ApplyOutcome.STALE;
        }
        e.status = change.status();
        e.statusAsOf = change.asOf();
        switch (change.appointmentChange()) {
            case SET -> e.appointment = change.appointment();
            case CLEAR -> e.appointment = null;
            case KEEP -> { }
        }
        return ApplyOutcome.APPLIED;
    }
}
