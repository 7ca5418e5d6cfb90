/** Consumer of {@code madoguchi.scheduling.events}. */
package jp.madoguchi.notification.delivery.adapter.in.messaging;
