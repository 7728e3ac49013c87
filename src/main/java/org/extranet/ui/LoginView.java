package org.extranet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.extranet.account.ForgotPasswordView;
import org.extranet.base.ui.WebAuthnCeremonies;
import org.extranet.security.SecurityConfiguration;
import org.extranet.security.SignInError;
import org.extranet.security.TypedEmail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail and password, or a passkey; the form posts to Spring Security, which sends failures back here. After a
 * failure the form shows the reason's title at its top, and the reason itself as the error of the
 * field the focus goes to: the password field, with the address typed kept in the e-mail field, or
 * the e-mail field when no address was kept. Vaadin's field errors are read out as they appear
 * and describe their field.
 */
@Route(value = SecurityConfiguration.LOGIN_PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(LoginView.class);

    /**
     * Vaadin's form draws its fields in the browser, so the address and the field's error are put
     * there once they exist; both are passed as values, never as markup.
     */
    private static final String SHOW_FAILURE = """
            const form = this;
            customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(async () => {
                const email = form.querySelector('#vaadinLoginUsername');
                const password = form.querySelector('#vaadinLoginPassword');
                await Promise.all([email.updateComplete, password.updateComplete]);
                email.value = $0;
                const field = $0 ? password : email;
                field.errorMessage = $1;
                field.invalid = true;
                field.focus();
            });
            """;

    private final LoginForm form = new LoginForm();
    private final Button passkey = new Button();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-page");

        var title = new H1(getTranslation("app.name"));
        title.addClassName("brand");
        var topBar = new Header(title, new LanguageSwitch(language -> { }));
        topBar.addClassName("top-bar");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(null));
        passkey.setText(getTranslation("login.passkey"));
        passkey.addClassName("passkey-sign-in");
        passkey.addClickListener(click -> signInWithPasskey());
        var or = new Paragraph(getTranslation("login.passkey.or"));
        or.addClassName("login-or");
        var passkeyPart = new Div(or, passkey);
        passkeyPart.addClassName("login-passkey");
        var column = new Div(form, passkeyPart);
        column.addClassName("login-column");
        var main = new Main(column);
        main.addClassName("login-main");
        add(topBar, main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        String typedEmail = TypedEmail.take(VaadinSession.getCurrent().getSession()).orElse("");
        event.getLocation().getQueryParameters().getSingleParameter("error")
                .map(SignInError::fromParameter)
                .ifPresent(error -> showFailure(error, typedEmail));
    }

    private void showFailure(SignInError error, String typedEmail) {
        form.setI18n(i18n(error));
        form.setError(true);
        // The focus goes where the script puts it, not to the e-mail field as the form would.
        form.getElement().setProperty("noAutofocus", true);
        form.getElement().executeJs(SHOW_FAILURE, typedEmail, getTranslation(error.messageKey()));
    }

    /**
     * The browser asks which passkey to use and Spring Security checks it; on success the browser
     * goes on to the signed-in page by itself. A stale page (its CSRF token no longer valid) is
     * loaded again, as after a stale password form; any other outcome is said at the form's top.
     */
    private void signInWithPasskey() {
        passkey.getElement().executeJs(WebAuthnCeremonies.SIGN_IN).then(String.class, this::passkeyOutcome,
                problem -> passkeyOutcome("failed: " + problem));
    }

    void passkeyOutcome(String outcome) {
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
        var i18n = i18n(null);
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key));
        form.setI18n(i18n);
        form.setError(true);
        passkey.focus();
    }

    private LoginI18n i18n(@Nullable SignInError error) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setUsername(getTranslation("login.email.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        if (error != null) {
            // The reason itself is the error of a field (SHOW_FAILURE), so it is not said twice.
            i18n.getErrorMessage().setTitle(getTranslation(error.messageKey() + ".title"));
            i18n.getErrorMessage().setMessage("");
        }
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
