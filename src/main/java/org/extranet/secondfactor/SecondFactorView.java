package org.extranet.secondfactor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.Plural;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.security.PasskeySignInPart;
import org.extranet.security.SignInContinuation;
import org.extranet.security.SignInFactors;
import org.jspecify.annotations.Nullable;

/**
 * The second step of signing in, where every page leads until it is done: one of the user's passkeys,
 * a code from the authenticator app, or a recovery code; or, for someone who must have
 * a second factor and has none, setting up the app, then the recovery codes. Signing out is always
 * at hand. Drawn without the main layout, whose menu is of no use before the sign-in is complete.
 */
@Route(value = SecondFactorView.PATH, autoLayout = false)
@PermitAll
public class SecondFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle, ShowsRefusals {

    public static final String PATH = "sign-in/second-factor";
    /** From this many recovery codes left down, using one says how many remain. */
    private static final int FEW_RECOVERY_CODES = 3;

    private final SecondFactorSignIn signIn;
    private final AuthenticatorEnrolment enrolment;
    private final Main content = new Main();
    private @Nullable CodeField code;
    private String title = "";

    SecondFactorView(SecondFactorSignIn signIn, AuthenticatorEnrolment enrolment, AuthenticationContext authentication) {
        this.signIn = signIn;
        this.enrolment = enrolment;
        addClassName("second-factor-page");
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var signOut = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        var topBar = new Header(brand, signOut);
        topBar.addClassName("top-bar");
        content.addClassName("login-main");
        add(topBar, content);
    }

    /** Once the sign-in is complete (or was never waiting for this), the page has nothing to ask. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!SignInFactors.secondFactorPending()) {
            event.forwardTo("");
            return;
        }
        SignInStep step = signIn.signInStep();
        if (step.mustEnrol()) {
            showEnrolment();
        } else {
            show(step.methods().getFirst(), step);
        }
    }

    private void show(SecondFactorMethod method, SignInStep step) {
        title = getTranslation("second-factor.sign-in.title");
        String key = "second-factor.sign-in." + method.name();
        var column = column(new H1(title), new Paragraph(getTranslation(key + ".intro")));
        Runnable focus;
        if (method == SecondFactorMethod.PASSKEY) {
            var passkey = PasskeySignInPart.afterThePassword();
            code = null;
            column.add(passkey);
            focus = passkey::focus;
        } else {
            var field = new CodeField(getTranslation(key + ".label"), getTranslation(key + ".help"));
            if (method == SecondFactorMethod.AUTHENTICATOR_APP) {
                field.digits();
            }
            code = field;
            var verify = new Button(getTranslation("second-factor.sign-in.verify"),
                    click -> verify(method, field.value()));
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            verify.addClassName("verify-code");
            verify.addClickShortcut(Key.ENTER).listenOn(field).resetFocusOnActiveElement();
            column.add(field, verify);
            focus = field::focus;
        }
        for (SecondFactorMethod other : step.methods()) {
            if (other != method) {
                var switchTo = new Button(getTranslation("second-factor.sign-in.use." + other.name()),
                        click -> show(other, step));
                switchTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                switchTo.addClassName("use-" + other.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                column.add(switchTo);
            }
        }
        content.removeAll();
        content.add(column);
        focus.run();
    }

    private void verify(SecondFactorMethod method, String typed) {
        if (method == SecondFactorMethod.AUTHENTICATOR_APP) {
            signIn.verifyCode(typed);
        } else {
            int left = signIn.useRecoveryCode(typed);
            if (left <= FEW_RECOVERY_CODES) {
                Notices.done(getTranslation(Plural.of(left, getLocale()).key("second-factor.recovery.left"), left));
            }
        }
        goOn();
    }

    /** To the start page, or back to the application that asked for this sign-in. */
    private static void goOn() {
        SignInContinuation.take().ifPresentOrElse(path -> UI.getCurrent().getPage().setLocation(path),
                () -> UI.getCurrent().navigate(""));
    }

    private void showEnrolment() {
        title = getTranslation("second-factor.enrol.title");
        var panel = new EnrolmentPanel(enrolment, this::showRecoveryCodes);
        code = null;
        content.removeAll();
        content.add(column(new H1(title), new Paragraph(getTranslation("second-factor.enrol.required")), panel));
        panel.focus();
    }

    /** The sign-in is complete by now; the codes are shown before the user goes on. */
    private void showRecoveryCodes(IssuedRecoveryCodes issued) {
        var panel = new RecoveryCodesPanel(issued, getTranslation("second-factor.recovery.continue"),
                SecondFactorView::goOn);
        content.removeAll();
        content.add(column(new H1(title), panel));
        panel.focus();
    }

    private static Div column(Component... parts) {
        var column = new Div(parts);
        column.addClassName("second-factor-column");
        return column;
    }

    @Override
    public boolean show(Refusal refusal) {
        return code != null && code.show(refusal);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
