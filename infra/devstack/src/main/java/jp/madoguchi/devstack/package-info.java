/**
 * The Docker-less development platform: one JVM that runs a real Apache Kafka broker (KRaft, broker and
 * controller in one node) with the platform's topics declared, and a MongoDB wire-protocol server backed by
 * an H2 MVStore file. Both keep their data under one directory, so consultations, topics and committed
 * offsets survive a restart of the stack. Started by {@code ./madoguchi up}; never used in production.
 */
package jp.madoguchi.devstack;
