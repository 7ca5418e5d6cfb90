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

    @GetMapping("/activated")
    String activated() {
        return "activated";
    }
}
