/** Consumer of all three event topics (intake, scheduling, notification). */
package jp.madoguchi.analytics.usage.adapter.in.messaging;
