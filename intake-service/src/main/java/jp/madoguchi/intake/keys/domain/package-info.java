/** Where a re-encryption stands. */
package jp.madoguchi.intake.keys.domain;
