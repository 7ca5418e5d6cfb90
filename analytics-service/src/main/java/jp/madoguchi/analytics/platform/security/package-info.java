/**
 * The service as an OAuth2 resource server (ADR 0002): bearer JWTs from the federation's identity provider,
 * roles and scopes as authorities, the caller as a {@link jp.madoguchi.analytics.platform.security.StaffMember},
 * the access rules of this service, and 401/403 answers as RFC 9457 problem details.
 */
package jp.madoguchi.analytics.platform.security;
