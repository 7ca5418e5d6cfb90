/**
 * The plumbing every madoguchi service does identically, as Spring Boot auto-configurations a service opts into
 * by depending on this module and setting {@code madoguchi.*} properties (ADR 0003). Each piece backs off when the
 * service declares its own bean of the same type. Nothing here knows a service, a domain type or a persistence
 * model: only the event contract of {@code consultation-events}.
 */
package jp.madoguchi.platform;
