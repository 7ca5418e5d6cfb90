package jp.madoguchi.intake.platform.security;

/** The narrow scopes service clients may hold for intake (ADR 0002). */
public final class Scopes {

    /** The notification service reading an owner's contact details to send them a message. */
    public static final String CONTACT_READ = "intake.contact.read";

    private Scopes() {
    }

    /** The Spring Security authority of a scope, e.g. {@code SCOPE_intake.contact.read}. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }
}
