/**
 * Cross-feature plumbing of the console: its settings ({@link jp.madoguchi.console.platform.ConsoleProperties}),
 * the local profile's hand-over of generated credentials, problem details for the JSON API.
 */
package jp.madoguchi.console.platform;
