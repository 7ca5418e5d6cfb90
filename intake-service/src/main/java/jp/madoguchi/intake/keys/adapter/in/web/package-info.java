/** Starting and following the re-encryption job over HTTP (administrators). */
package jp.madoguchi.intake.keys.adapter.in.web;
