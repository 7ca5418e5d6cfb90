package jp.madoguchi.intake.request.application;

import java.util.UUID;

public class ConsultationNotFoundException extends RuntimeException {

    public ConsultationNotFoundException(UUID consultationId) {
        super("No consultation request " + consultationId);
    }
}
