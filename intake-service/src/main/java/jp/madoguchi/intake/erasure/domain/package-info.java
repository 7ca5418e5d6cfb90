/** What erasure decides: which consultations are open, when one closed, what an erasure announces. */
package jp.madoguchi.intake.erasure.domain;
