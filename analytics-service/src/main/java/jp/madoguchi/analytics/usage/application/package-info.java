/** Use cases "an event happened: update the facts" and "report usage per chamber", and their port. */
package jp.madoguchi.analytics.usage.application;
