/** What an event contributes to a consultation's facts, and the report shapes; plain Java. */
package jp.madoguchi.analytics.usage.domain;
