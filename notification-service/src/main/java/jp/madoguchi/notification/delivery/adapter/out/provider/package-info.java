/** Delivery channels. Only the record-only channel exists so far; e-mail and SMS come later. */
package jp.madoguchi.notification.delivery.adapter.out.provider;
