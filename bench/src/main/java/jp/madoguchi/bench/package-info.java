/**
 * The benchmark harness: a plain Java program (no Spring) that loads intake at a constant rate and times the
 * platform against baselines of the same stack. Not a test; its smoke test checks counts only.
 */
package jp.madoguchi.bench;
