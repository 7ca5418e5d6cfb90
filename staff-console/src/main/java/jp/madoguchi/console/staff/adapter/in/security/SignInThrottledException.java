package jp.madoguchi.console.staff.adapter.in.security;

import org.springframework.security.authentication.LockedException;

/**
 * An account-status exception on purpose: a {@code ProviderManager} rethrows those at once instead of asking a
 * parent manager, so a throttled attempt can never succeed elsewhere.
 */
public class SignInThrottledException extends LockedException {

    public SignInThrottledException() {
        super("too many failed sign-ins from here; wait before trying again");
    }
}
