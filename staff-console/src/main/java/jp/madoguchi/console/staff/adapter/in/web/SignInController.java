package jp.madoguchi.console.staff.adapter.in.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jp.madoguchi.console.staff.adapter.in.security.StaffPrincipal;

/** Sign-in page, the landing page, and the two pages of the device flow ({@code /activate}, {@code /activated}). */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("staff", staff);
        return "home";
    }

    /** Where {@code madoguchi-cli} sends people: enter the code shown in the terminal (or arrive with it). */
    @GetMapping("/activate")
    String activate(@RequestParam(name = "user_code", required = false) String userCode) {
        if (userCode != null && !userCode.isBlank()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/oauth2/device_verification")
                    .queryParam("user_code", userCode.trim()).build().encode().toUriString();
        }
        return "activate";
    }

    /** Spring Authorization Server sends the person here to confirm the code before the terminal gets a token. */
    @GetMapping("/activate/consent")
    String consent(@RequestParam("client_id") String clientId, @RequestParam("user_code") String userCode,
            @RequestParam("state") String state, @RequestParam(name = "scope", defaultValue = "") String scope,
            @AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("userCode", userCode);
        model.addAttribute("state", state);
        model.addAttribute("scopes", scope.isBlank() ? java.util.List.of() : java.util.List.of(scope.trim().split("\\s+")));
        model.addAttribute("staff", staff);
        return "consent";
    }

    @GetMapping("/activated")
    String activated() {
        return "activated";
    }
}
