/** The {@code deliveries} collection: one document per notice, with its outbox. */
package jp.madoguchi.notification.delivery.adapter.out.persistence;
