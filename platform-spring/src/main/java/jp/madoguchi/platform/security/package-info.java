/**
 * Every service as an OAuth2 resource server (ADR 0002), written once: bearer JWTs from the federation's identity
 * provider (issuer, JWKS, RS256, at most 30 s of clock skew), the {@code roles} and {@code scope} claims as
 * authorities, the caller as a {@link jp.madoguchi.platform.security.Caller}, the operations rules every service
 * shares (probes and API documents open, metrics for OPERATOR or the scraper's scope, the rest of Actuator for
 * OPERATOR), refusals as problem details (401 keeps {@code WWW-Authenticate}), and everything without a rule
 * refused. A service contributes only its own endpoint rules, as an {@link
 * jp.madoguchi.platform.security.EndpointRules} bean.
 */
package jp.madoguchi.platform.security;
