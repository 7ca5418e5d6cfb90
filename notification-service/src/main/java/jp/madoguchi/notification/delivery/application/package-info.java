/** The use case "a scheduling event happened: record the notices it calls for", and its ports. */
package jp.madoguchi.notification.delivery.application;
