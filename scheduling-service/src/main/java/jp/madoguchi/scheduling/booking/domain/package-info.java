/**
 * The booking rules in plain Java: when the service is open ({@link jp.madoguchi.scheduling.booking.domain.ServiceCalendar}),
 * who is on duty ({@link jp.madoguchi.scheduling.booking.domain.DutyRoster}) and which slot and consultant a request
 * gets ({@link jp.madoguchi.scheduling.booking.domain.SlotPolicy}). Holidays, closures, theme days, specialities and the
 * fixed consultant are later rules that plug in behind these three seams.
 */
package jp.madoguchi.scheduling.booking.domain;
