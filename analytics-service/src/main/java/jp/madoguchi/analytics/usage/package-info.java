/**
 * Usage analytics: keeps one PII-free fact document per consultation from every platform event and
 * answers the federation's usage questions from them (first: requests and milestones per chamber).
 * Small-count suppression for published reports comes with role-based access.
 */
package jp.madoguchi.analytics.usage;
