package jp.madoguchi.intake.request.domain;

/** The owner already has as many open requests as the public form allows; nothing was stored. */
public class OpenRequestLimitReachedException extends RuntimeException {

    private final int limit;

    public OpenRequestLimitReachedException(int limit) {
        super("The requester already has " + limit + " open requests");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
