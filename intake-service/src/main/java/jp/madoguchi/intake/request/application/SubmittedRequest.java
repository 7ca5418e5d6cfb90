package jp.madoguchi.intake.request.application;

import jp.madoguchi.intake.request.domain.StatusToken;

/** A request just taken in: its status, and the status token the requester sees this once and never again. */
public record SubmittedRequest(ConsultationStatusView view, StatusToken statusToken) {
}
