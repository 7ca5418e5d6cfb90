/**
 * Who is calling (ADR 0002): intake is an OAuth2 resource server for the staff console's tokens. The JWT's
 * {@code roles} and {@code scope} claims become authorities, the caller reaches use cases as a {@link
 * jp.madoguchi.intake.platform.security.Caller}, and refusals leave as problem details (401 keeps
 * {@code WWW-Authenticate}). Coarse rules per endpoint live in the filter chain; object-level rules (which
 * chamber, which consultant) live in the use cases, which answer 404 rather than reveal that an object exists.
 */
package jp.madoguchi.intake.platform.security;
