package jp.madoguchi.intake.chamber.application;

/** The chamber was changed since the version the change was made from. Nothing was changed. */
public class StaleChamberVersionException extends RuntimeException {

    private final String chamberId;

    public StaleChamberVersionException(String chamberId) {
        super("The chamber was changed since the version the change was made from: " + chamberId);
        this.chamberId = chamberId;
    }

    public String chamberId() {
        return chamberId;
    }
}
