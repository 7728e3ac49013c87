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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.extranet.account.ForgotPasswordView;
import org.extranet.security.SecurityConfiguration;
import org.extranet.security.SignInError;
import org.jspecify.annotations.Nullable;

/** E-mail and password; the form posts to Spring Security, which sends failures back here. */
@Route(value = SecurityConfiguration.LOGIN_PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

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
        var main = new Main(form);
        main.addClassName("login-main");
        add(topBar, main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter("error").ifPresent(error -> {
            form.setI18n(i18n(SignInError.fromParameter(error)));
            form.setError(true);
        });
    }

    private LoginI18n i18n(@Nullable SignInError error) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        if (error != null) {
            i18n.getErrorMessage().setTitle(getTranslation(error.messageKey() + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(error.messageKey()));
        }
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
