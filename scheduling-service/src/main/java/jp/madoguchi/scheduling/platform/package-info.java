/**
 * Plumbing shared by the service's features: event JSON, the outbox relay to Kafka, the poison-event
 * signal for the binder, and RFC 9457 problem details.
 */
package jp.madoguchi.scheduling.platform;
