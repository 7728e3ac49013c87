package org.extranet.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The e-mail address typed into a failed sign-in, kept for the sign-in page that follows so that
 * the user need not type it again: in the session, never in the page's address (which ends up in
 * logs and the browser's history), and handed out once. It is kept whatever the failure, so it
 * tells nothing about whether the address has an account.
 */
public final class TypedEmail {

    /** The session attribute it is kept under. */
    public static final String ATTRIBUTE = TypedEmail.class.getName();
    /** The longest e-mail address there can be; anything longer is no address worth keeping. */
    private static final int LONGEST = 320;

    private TypedEmail() {
    }

    /** Keeps the address of the sign-in form just refused, in the session its token came from. */
    static void keep(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String typed = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        if (typed == null || typed.isBlank() || typed.strip().length() > LONGEST) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            session.setAttribute(ATTRIBUTE, typed.strip());
        }
    }

    /** The address kept for this session's next sign-in page, which it is then no longer kept for. */
    public static Optional<String> take(WrappedSession session) {
        Object typed = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return typed instanceof String email ? Optional.of(email) : Optional.empty();
    }
}
