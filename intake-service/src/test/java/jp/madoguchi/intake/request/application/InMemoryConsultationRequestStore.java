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
import jp.madoguchi.events.ConsultationOutcome;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.DatePreferences;
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
        ConsultationOutcome outcome;
        Instant dateChangeRequestedAt;
        int dateChanges;

        ConsultationStatus status(UUID consultationId) {
            return new ConsultationStatus(consultationId, request.referenceCode(), request.details().chamberId(),
                    status, request.receivedAt(), appointment, outcome, dateChangeRequestedAt, dateChanges);
        }

        IdempotencyClaim idempotency;
        final UUID possibleDuplicateOf;

        Entry(WithEvents<ConsultationRequest> received, Admission admission) {
            this.request = received.state();
            this.statusTokenHash = admission.statusTokenHash();
            this.events = new ArrayList<>(received.events());
            this.openRequestSlot = admission.openRequestSlot();
            this.idempotency = admission.idempotency();
            this.possibleDuplicateOf = admission.possibleDuplicateOf();
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
    public void insert(WithEvents<ConsultationRequest> received, Admission admission) {
        ConsultationRequest request = received.state();
        String openRequestSlot = admission.openRequestSlot();
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
        if (admission.idempotency() != null) {
            entryHolding(admission.idempotency().keyIndex()).ifPresent(holder -> {
                throw new IdempotencyKeyTakenException(holder.request.consultationId(), null);
            });
        }
        entries.put(request.consultationId(), new Entry(received, admission));
    }

    private Optional<Entry> entryHolding(String keyIndex) {
        return entries.values().stream()
                .filter(e -> e.idempotency != null && e.idempotency.keyIndex().equals(keyIndex)).findFirst();
    }

    @Override
    public Optional<IdempotentAnswer> findByIdempotencyKey(String keyIndex) {
        return entryHolding(keyIndex).map(e -> new IdempotentAnswer(e.status(e.request.consultationId()),
                e.idempotency.fingerprint(), e.idempotency.statusToken(), e.idempotency.expiresAt()));
    }

    @Override
    public void releaseIdempotencyKey(UUID holder, String keyIndex) {
        Entry e = entries.get(holder);
        if (e != null && e.idempotency != null && e.idempotency.keyIndex().equals(keyIndex)) {
            e.idempotency = null;
        }
    }

    @Override
    public int forgetIdempotencyKeysExpiredBefore(Instant now) {
        int forgotten = 0;
        for (Entry e : entries.values()) {
            if (e.idempotency != null && e.idempotency.expiresAt().isBefore(now)) {
                e.idempotency = null;
                forgotten++;
            }
        }
        return forgotten;
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
        return Optional.ofNullable(entries.get(consultationId))
                .map(e -> new StoredConsultation(e.status(consultationId), e.statusTokenHash, e.possibleDuplicateOf));
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
        if (e.status == RequestStatus.WITHDRAWN) {
            return ApplyOutcome.STALE;
        }
        e.status = change.status();
        e.statusAsOf = change.asOf();
        if (change.outcome() != null) {
            e.outcome = change.outcome();
        }
        if (e.dateChangeRequestedAt != null && !change.asOf().isBefore(e.dateChangeRequestedAt)) {
            e.dateChangeRequestedAt = null;
        }
        switch (change.appointmentChange()) {
            case SET -> e.appointment = change.appointment();
            case CLEAR -> e.appointment = null;
            case KEEP -> { }
        }
        return ApplyOutcome.APPLIED;
    }

    @Override
    public ApplyOutcome dateChangeDeclined(UUID eventId, UUID consultationId, Instant asOf) {
        Entry e = entries.get(consultationId);
        if (e == null) {
            return ApplyOutcome.UNKNOWN_CONSULTATION;
        }
        if (!e.appliedEventIds.add(eventId)) {
            return ApplyOutcome.DUPLICATE;
        }
        if (e.dateChangeRequestedAt != null && !asOf.isBefore(e.dateChangeRequestedAt)) {
            e.dateChangeRequestedAt = null;
        }
        return ApplyOutcome.APPLIED;
    }

    @Override
    public boolean change(ConsultationStatus seen, WithEvents<ConsultationStatus> changed,
            DatePreferences preferences) {
        Entry e = entries.get(seen.consultationId());
        if (e == null || !e.status(seen.consultationId()).equals(seen)) {
            return false;
        }
        ConsultationStatus next = changed.state();
        e.status = next.status();
        e.appointment = next.appointment();
        e.dateChangeRequestedAt = next.dateChangeRequestedAt();
        e.dateChanges = next.dateChanges();
        if (next.status() != seen.status()) {
            e.statusAsOf = changed.events().get(0).occurredAt();
            e.openRequestSlot = null;
        }
        e.events.addAll(changed.events());
        return true;
    }
}
