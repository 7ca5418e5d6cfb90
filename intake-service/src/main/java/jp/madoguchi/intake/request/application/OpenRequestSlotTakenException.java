package jp.madoguchi.intake.request.application;

import java.util.UUID;

/** Another request holds the open-request slot the insert asked for; the holder may be finished by now. */
public class OpenRequestSlotTakenException extends RuntimeException {

    private final UUID holder;

    public OpenRequestSlotTakenException(UUID holder, Throwable cause) {
        super("Open-request slot held by another request", cause);
        this.holder = holder;
    }

    public UUID holder() {
        return holder;
    }
}
