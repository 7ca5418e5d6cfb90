/**
 * The platform's user-facing texts and the locale rule every service shares: Japanese unless the caller asks for
 * English, never the machine's language.
 */
package jp.madoguchi.platform.i18n;
