/**
 * Data key rotation: after a new data key is made current (the old one kept as retired), the re-encryption job seals
 * every stored personal value again under the current key, so the old key can then be removed.
 */
package jp.madoguchi.intake.keys;
