/**
 * MongoDB storage of appointments and the waitlist, each document carrying its pending events in an
 * {@code outbox} array. Unique indexes make booking idempotent and double booking impossible.
 */
package jp.madoguchi.scheduling.booking.adapter.out.persistence;
