/** Plumbing shared by the service's features: event JSON, the poison event signal, problem details. */
package jp.madoguchi.analytics.platform;
