package jp.madoguchi.console.staff.adapter.in.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.console.staff.application.StaffUserAdministration;

/** ADMIN only (enforced by the API filter chain): taking a staff member's access away. */
@RestController
@RequestMapping("/api/v1/staff-users")
class StaffUserController {

    private final StaffUserAdministration administration;

    StaffUserController(StaffUserAdministration administration) {
        this.administration = administration;
    }

    /** 204 once the member can no longer sign in and their sessions and grants are gone; 404 if unknown. */
    @PostMapping("/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username, Authentication caller) {
        boolean disabled = administration.disable(caller.getName(), caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).toList(), username);
        return disabled ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
