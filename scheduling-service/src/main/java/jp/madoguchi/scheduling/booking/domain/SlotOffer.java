package jp.madoguchi.scheduling.booking.domain;

/** A slot with the consultant who would take it. */
public record SlotOffer(Slot slot, String consultantId) {
}
