package org.extranet.security;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.extranet.base.ui.WebAuthnCeremonies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in with a passkey: "or" and "Sign in with a passkey" below the sign-in form, or, on the
 * second step of a password sign-in, "Verify with a passkey" (the browser then offers only the
 * user's own passkeys). The browser asks which passkey to use and Spring Security checks it; on
 * success the browser goes on to the signed-in page by itself. A page whose CSRF token went stale is
 * loaded again, as after a stale password form; any other outcome is said right below the button,
 * where the focus stays, in a region read out as it changes.
 */
public final class PasskeySignInPart extends Div {

    private static final Logger log = LoggerFactory.getLogger(PasskeySignInPart.class);

    private final Button passkey = new Button();
    private final Paragraph problem = new Paragraph();

    private PasskeySignInPart(String buttonKey) {
        addClassName("login-passkey");
        passkey.setText(getTranslation(buttonKey));
        passkey.addClassName("passkey-sign-in");
        passkey.addClickListener(click -> signIn());
        problem.addClassName("login-passkey-problem");
        problem.getElement().setAttribute("role", "alert");
        add(passkey, problem);
    }

    /** Below the sign-in form, as the other way in. */
    public static PasskeySignInPart besideThePassword() {
        var part = new PasskeySignInPart("login.passkey");
        var or = new Paragraph(part.getTranslation("login.passkey.or"));
        or.addClassName("login-or");
        part.addComponentAsFirst(or);
        return part;
    }

    /** The second step after a right password. */
    public static PasskeySignInPart afterThePassword() {
        var part = new PasskeySignInPart("second-factor.sign-in.PASSKEY.verify");
        part.passkey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return part;
    }

    public void focus() {
        passkey.focus();
    }

    private void signIn() {
        problem.removeAll();
        passkey.getElement().executeJs(WebAuthnCeremonies.SIGN_IN).then(String.class, this::outcome,
                failure -> outcome("failed: " + failure));
    }

    /** What the browser said: signed in, or the reason it did not, as the sign-in page tells it. */
    private void outcome(String outcome) {
        if ("signed-in".equals(outcome)) {
            return;
        }
        if (SignInError.EXPIRED.parameter().equals(outcome)) {
            UI.getCurrent().getPage().setLocation(SecurityConfiguration.LOGIN_PATH + "?error=" + outcome);
            return;
        }
        String key;
        if ("cancelled".equals(outcome) || "unsupported".equals(outcome)) {
            key = "login.passkey." + outcome;
        } else if (outcome.startsWith("failed")) {
            // The browser's own words, for whoever looks into it; the page says only that it did not work.
            log.warn("Signing in with a passkey did not work in the browser: {}", outcome);
            key = "login.passkey.failed";
        } else {
            SignInError error = SignInError.fromParameter(outcome);
            key = (error == SignInError.BAD_CREDENTIALS ? SignInError.PASSKEY : error).messageKey();
        }
        problem.removeAll();
        var title = new Span(getTranslation(key + ".title"));
        title.addClassName("login-passkey-problem-title");
        problem.add(title, new Text(" " + getTranslation(key)));
        passkey.focus();
    }
}
