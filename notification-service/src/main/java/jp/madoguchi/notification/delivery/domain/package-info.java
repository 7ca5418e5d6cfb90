/** Deliveries and the rule that makes each notice's id a natural key; plain Java. */
package jp.madoguchi.notification.delivery.domain;
