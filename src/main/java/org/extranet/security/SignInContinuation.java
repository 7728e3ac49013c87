package org.extranet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a sign-in goes on once its second factor is given, when it started elsewhere than on the
 * product's pages (another application asked the OpenID Connect provider to sign the user in).
 * Only addresses of the product itself (a path from its root) are kept.
 */
public final class SignInContinuation {

    private static final String ATTRIBUTE = SignInContinuation.class.getName();

    private SignInContinuation() {
    }

    public static void remember(HttpServletRequest request, String pathAndQuery) {
        if (pathAndQuery.startsWith("/") && !pathAndQuery.startsWith("//")) {
            request.getSession().setAttribute(ATTRIBUTE, pathAndQuery);
        }
    }

    /** The address to go on to, once: taking it forgets it. */
    public static Optional<String> take() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null && session.getAttribute(ATTRIBUTE) instanceof String path) {
                session.removeAttribute(ATTRIBUTE);
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
