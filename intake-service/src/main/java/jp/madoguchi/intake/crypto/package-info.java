/**
 * Field-level encryption of personal data at rest (AES-256-GCM, a fresh nonce per value, the key id kept with
 * each ciphertext so data keys can be rotated without rewriting old documents at once).
 */
package jp.madoguchi.intake.crypto;
