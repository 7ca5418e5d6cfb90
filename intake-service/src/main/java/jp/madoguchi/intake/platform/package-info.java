/**
 * Plumbing shared by intake's features: event JSON, the outbox relay, problem details for every error,
 * the request-size guard, rejection metrics and field-level encryption of personal data.
 */
package jp.madoguchi.intake.platform;
