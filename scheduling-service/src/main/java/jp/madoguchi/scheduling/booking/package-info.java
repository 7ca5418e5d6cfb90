/**
 * Booking: every consultation request gets a consultant and a slot within service hours, or a place on
 * the waitlist; a withdrawn request frees its slot. Publishes scheduling events through the outbox.
 */
package jp.madoguchi.scheduling.booking;
