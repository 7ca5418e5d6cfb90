package jp.madoguchi.console.staff.adapter.in.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import jp.madoguchi.console.staff.application.StaffUserStore;

@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserStore store;

    StaffUserDetailsService(StaffUserStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.find(username).map(StaffPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such staff user"));
    }
}
