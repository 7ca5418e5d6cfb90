package jp.madoguchi.console.staff.adapter.in.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Back to the sign-in page, saying whether the password was wrong or the next try has to wait. */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof SignInThrottledException ? "wait" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
