/** The re-encryption job and its ports. */
package jp.madoguchi.intake.keys.application;
