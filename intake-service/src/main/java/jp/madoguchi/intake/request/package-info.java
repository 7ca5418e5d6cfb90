/**
 * Consultation requests: owners (or staff and chamber advisors on their behalf) ask for a free consultation;
 * intake stores the request with its personal data encrypted, announces it as {@code consultation.requested}
 * (without personal data) and shows its status as scheduling's events arrive.
 */
package jp.madoguchi.intake.request;
