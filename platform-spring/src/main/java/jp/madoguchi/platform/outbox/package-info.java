/**
 * The transactional outbox of ADR 0001, once for every service: a state change and the events it causes are
 * written in one document update (pending entries in the document's {@code outbox} array), and one relay per
 * service publishes them to Kafka with CloudEvents headers and the write's {@code traceparent}, then removes
 * them. At least once and in order per document; an entry that can never be sent is parked, never blocking
 * other consultations.
 */
package jp.madoguchi.platform.outbox;
