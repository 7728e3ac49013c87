package org.extranet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with the reason the page may show; the address
 * typed waits in the session ({@link TypedEmail}), not in the page's address.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        TypedEmail.keep(request);
        redirect.sendRedirect(request, response, loginPath + "?error=" + SignInError.of(exception).parameter());
    }
}
