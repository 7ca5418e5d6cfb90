/** Erasure over HTTP: administrators erase, owners ask, staff see what was asked. */
package jp.madoguchi.intake.erasure.adapter.in.web;
