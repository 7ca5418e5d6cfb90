package jp.madoguchi.intake.chamber.application;

/** The region named is none of the federation's. Nothing was changed. */
public class UnknownRegionException extends RuntimeException {

    public UnknownRegionException() {
        super("The region is none of the federation's");
    }
}
