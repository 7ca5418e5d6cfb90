/**
 * The authorization server (Spring Authorization Server): signing key, registered clients, the three filter
 * chains (OAuth2 endpoints, JSON API + actuator, browser pages) and the device-flow client authentication.
 */
package jp.madoguchi.console.platform.security;
