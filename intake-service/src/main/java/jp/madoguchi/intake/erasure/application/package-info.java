/** Erasure use cases, the retention job and the ports to where personal data is held. */
package jp.madoguchi.intake.erasure.application;
