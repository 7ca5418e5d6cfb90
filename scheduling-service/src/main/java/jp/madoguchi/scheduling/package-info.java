/**
 * madoguchi scheduling service: turns consultation requests into appointments (consultant, slot, mode)
 * within the federation's service hours, or waitlists them, and tells the platform through Kafka.
 */
package jp.madoguchi.scheduling;
