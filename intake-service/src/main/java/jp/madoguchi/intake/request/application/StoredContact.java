package jp.madoguchi.intake.request.application;

import java.util.function.Supplier;

import jp.madoguchi.intake.request.domain.ContactDetails;

/**
 * A request's contact details behind what deciding access needs. The details are decrypted only when asked for,
 * i.e. after access was granted.
 */
public record StoredContact(String chamberId, String assignedConsultantId, Supplier<ContactDetails> details) {
}
