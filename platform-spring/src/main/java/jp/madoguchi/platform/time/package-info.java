/** The service's one injected {@link java.time.Clock}. */
package jp.madoguchi.platform.time;
