/**
 * The MongoDB wire-protocol server the platform runs without Docker (mongo-java-server): in memory for the tests'
 * embedded platform, on one H2 MVStore file for devstack ({@code ./madoguchi up}). Never used in production.
 *
 * <p>Two things differ from the library's own backends, and both make the embedded store behave as the services
 * expect a MongoDB to: {@code hello} is answered (Spring Boot's health indicator sends it), and a query that fixes
 * every key of a unique index ({@code _id} included) is served from that index even when it carries further
 * conditions — {@code {_id: x, appliedEventIds: {$nin: [e]}}}, a guarded update — where the library would scan the
 * whole collection under its collection lock (docs/architecture.md, "Data access on hot paths").
 */
package jp.madoguchi.embeddedmongo;
