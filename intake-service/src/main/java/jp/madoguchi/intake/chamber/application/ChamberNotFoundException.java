package jp.madoguchi.intake.chamber.application;

/** No chamber of the registry has this id. Nothing was changed. */
public class ChamberNotFoundException extends RuntimeException {

    public ChamberNotFoundException(String chamberId) {
        super("No chamber of the registry has this id: " + chamberId);
    }
}
