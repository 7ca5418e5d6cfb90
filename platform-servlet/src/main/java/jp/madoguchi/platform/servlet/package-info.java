/**
 * Plumbing below Spring MVC that the four services and the staff console share: {@link SecretFreeLogging} and
 * {@link TomcatErrorReports}. No auto-configuration here: platform-spring wires both into the services, the console
 * wires them itself.
 */
package jp.madoguchi.platform.servlet;
