/**
 * The audit trail (ADR 0002): who read a person's contact details or a request's status, and which requests staff
 * took in, when, and with what outcome — never the personal data itself. Append only: the code has an insert path
 * and a read path for {@code ADMIN}, and no way to change or delete an entry.
 */
package jp.madoguchi.intake.audit;
