/** What may never reach a log, whatever level is configured. */
package jp.madoguchi.platform.logging;
