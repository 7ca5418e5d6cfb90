/**
 * The append-only audit trail of the console: sign-ins (success, failure, lock) and every change to a staff
 * member, readable by ADMIN through {@code GET /api/v1/audit-events}.
 */
package jp.madoguchi.console.audit;
