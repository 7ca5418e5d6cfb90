package jp.madoguchi.intake.request.domain;

/**
 * The request is in a state that does not allow the change (withdrawn, finished, its consultation already begun,
 * or asked to move too often): a conflict with what is stored, not bad input.
 *
 * @see ConsultationStatus#withdraw
 * @see ConsultationStatus#askForAnotherDate
 */
public class RequestNotChangeableException extends RuntimeException {

    /** Why, as a message code of intake's bundle. */
    private final String messageCode;
    private final RequestStatus status;

    public RequestNotChangeableException(RequestStatus status, String messageCode) {
        super("A request in status " + status + " cannot be changed that way (" + messageCode + ")");
        this.status = status;
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }

    public RequestStatus status() {
        return status;
    }
}
