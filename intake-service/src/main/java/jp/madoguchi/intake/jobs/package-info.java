/**
 * Background jobs that must run on one instance at a time (retention, re-encryption): a lock in MongoDB
 * (ShedLock, collection {@code locks}), so several intake instances can be started without the jobs doing their
 * work twice at once.
 */
package jp.madoguchi.intake.jobs;
