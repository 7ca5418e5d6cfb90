package jp.madoguchi.intake.chamber.application;

/** No chamber of the registry has this id. Nothing was changed. */
public class ChamberNotFoundException extends RuntimeException {

    private final String chamberId;

    public ChamberNotFoundException(String chamberId) {
        super("No chamber of the registry has this id: " + chamberId);
        this.chamberId = chamberId;
    }

    public String chamberId() {
        return chamberId;
    }
}
