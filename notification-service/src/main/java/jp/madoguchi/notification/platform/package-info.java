/**
 * Plumbing shared by the service's features: event JSON, the transactional outbox relay, the poison
 * event signal for the binder and RFC 9457 problem details.
 */
package jp.madoguchi.notification.platform;
