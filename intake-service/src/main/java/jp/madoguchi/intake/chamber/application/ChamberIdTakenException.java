package jp.madoguchi.intake.chamber.application;

/** A chamber with this id is already registered. Nothing was changed. */
public class ChamberIdTakenException extends RuntimeException {

    private final String chamberId;

    public ChamberIdTakenException(String chamberId) {
        super("A chamber with this id is already registered: " + chamberId);
        this.chamberId = chamberId;
    }

    public String chamberId() {
        return chamberId;
    }
}
