/**
 * The event contracts of madoguchi: what services tell each other over Kafka. Framework-free on
 * purpose (plain records and enums) so every service can depend on it without inheriting a stack.
 */
package jp.madoguchi.events;
