package org.extranet.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
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
import org.extranet.security.PasskeySignInPart;
import org.extranet.security.SecurityConfiguration;
import org.extranet.security.SignInError;
import org.extranet.security.TypedEmail;
import org.jspecify.annotations.Nullable;

/**
 * E-mail and password; the form posts to Spring Security, which sends failures back here. After a
 * failure the form shows the reason's title at its top, and the reason itself as the error of the
 * field the focus goes to: the password field, with the address typed kept in the e-mail field, or
 * the e-mail field when no address was kept. Vaadin's field errors are read out as they appear
 * and describe their field. Below the form, signing in with a passkey ({@link PasskeySignInPart}).
 */
@Route(value = SecurityConfiguration.LOGIN_PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

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
        var column = new Div(form, PasskeySignInPart.besideThePassword());
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
