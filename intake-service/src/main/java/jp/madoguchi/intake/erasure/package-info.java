/**
 * Erasure and retention of personal data (APPI): an administrator erases a requester, the owner asks for it with
 * the status token, and a retention job erases what has been kept long enough after the last consultation ended.
 * Personal data is deleted, not hidden; the non-personal facts of each consultation stay, so statistics stay right.
 */
package jp.madoguchi.intake.erasure;
