package jp.madoguchi.platform.security;

/**
 * The caller's role does not allow this action (403). Object-level refusals are not this: they answer as if the
 * object did not exist (404), so ids cannot be probed.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String reason) {
        super(reason);
    }
}
