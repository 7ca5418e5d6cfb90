/**
 * Web errors the same in every service: RFC 9457 problem details for validation and parse errors, with
 * {@code errors: [{field, message}]} in Japanese and nothing of the input echoed; strict JSON input; request body
 * size limits before anything parses; every refusal counted by reason.
 */
package jp.madoguchi.platform.web;
