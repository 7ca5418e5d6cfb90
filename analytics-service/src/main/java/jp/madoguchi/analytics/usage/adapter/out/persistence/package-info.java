/** The {@code consultationFacts} collection, written only with idempotent upserts. */
package jp.madoguchi.analytics.usage.adapter.out.persistence;
