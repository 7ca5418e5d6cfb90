package jp.madoguchi.intake.request.application;

/** The drawn reference code is already in use; draw another. */
public class ReferenceCodeTakenException extends RuntimeException {

    public ReferenceCodeTakenException(Throwable cause) {
        super("Reference code already taken", cause);
    }
}
