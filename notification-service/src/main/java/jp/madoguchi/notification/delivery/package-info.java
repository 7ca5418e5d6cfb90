/**
 * Deliveries: which notice about a consultation went to which role, through which channel, and why.
 * Reacts to scheduling events, records each notice once (the delivery id is a natural key) and
 * announces it as {@code notification.delivered}. Sending through real channels slots in behind
 * {@link jp.madoguchi.notification.delivery.application.DeliveryChannel}.
 */
package jp.madoguchi.notification.delivery;
