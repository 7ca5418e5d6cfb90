package jp.madoguchi.console.staff.adapter.in.security;

import org.springframework.security.authentication.LockedException;

/**
 * An account-status exception on purpose: a {@code ProviderManager} rethrows those at once instead of asking a
 * parent manager, so a locked sign-in can never succeed elsewhere.
 */
public class SignInLockedException extends LockedException {

    public SignInLockedException() {
        super("too many failed sign-ins; try again later");
    }
}
