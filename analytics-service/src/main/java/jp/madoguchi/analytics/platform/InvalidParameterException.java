package jp.madoguchi.analytics.platform;

/** A request parameter that parsed but makes no sense (e.g. a period ending before it starts); answered with 400. */
public class InvalidParameterException extends RuntimeException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
