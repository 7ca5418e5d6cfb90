/** Staff API: the delivery log of a consultation. */
package jp.madoguchi.notification.delivery.adapter.in.web;
