/** Erasures under way and owners' erasure requests, in MongoDB. */
package jp.madoguchi.intake.erasure.adapter.out.persistence;
