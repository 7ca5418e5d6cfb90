/**
 * The consumer of {@code madoguchi.intake.events} (binding {@code intakeEvents-in-0}, group
 * {@code scheduling-service}): requests are booked, withdrawals cancelled, other types skipped.
 */
package jp.madoguchi.scheduling.booking.adapter.in.messaging;
