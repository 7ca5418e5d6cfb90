/**
 * Booking use cases: book a requested consultation (or waitlist it), cancel it when withdrawn, and
 * look appointments up. Ports to storage are interfaces here; adapters implement them.
 */
package jp.madoguchi.scheduling.booking.application;
