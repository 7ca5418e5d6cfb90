/** HTTP read API of appointments: {@code GET /api/v1/appointments?consultationId=} or {@code ?date=}. */
package jp.madoguchi.scheduling.booking.adapter.in.web;
