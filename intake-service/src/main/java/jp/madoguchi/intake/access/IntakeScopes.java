package jp.madoguchi.intake.access;

/** The narrow scopes service clients may hold for intake (ADR 0002). */
public final class IntakeScopes {

    /** The notification service reading an owner's contact details to send them a message. */
    public static final String CONTACT_READ = "intake.contact.read";

    private IntakeScopes() {
    }
}
