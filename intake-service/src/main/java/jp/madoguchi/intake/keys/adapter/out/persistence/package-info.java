/** The re-encryption job's progress in MongoDB. */
package jp.madoguchi.intake.keys.adapter.out.persistence;
