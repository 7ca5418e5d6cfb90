/** Staff API: usage reports. */
package jp.madoguchi.analytics.usage.adapter.in.web;
