/**
 * {@code madoguchi.intake.requests}: every consultation request posted, counted once by channel, outreach source and
 * outcome (accepted, duplicate, replayed, rejected by reason, unavailable), with no per-person tag. The filter opens
 * a tally per submission; the rejection hooks, the body reader and the controller fill it in.
 */
package jp.madoguchi.intake.metrics;
