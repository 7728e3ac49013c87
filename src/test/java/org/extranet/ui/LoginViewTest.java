package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.extranet.account.ForgotPasswordView;
import org.extranet.base.ui.ViewTest;
import org.extranet.security.PasskeySignInPart;
import org.extranet.security.TypedEmail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.StringNode;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class LoginViewTest extends ViewTest {

    @Test
    void shows_the_sign_in_form_under_the_product_name() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(LoginView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Extranet");
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void forgot_password_leads_to_its_page() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        var form = find(LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();

        test(form).forgotPassword();

        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void shows_the_reason_a_sign_in_failed() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", "locked"));

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void sign_in_with_a_passkey_starts_the_browsers_ceremony_and_says_why_it_did_not_work() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(LoginView.class);
        var passkey = find(Button.class).all().stream().filter(button -> button.hasClassName("passkey-sign-in"))
                .findFirst().orElseThrow();
        assertThat(passkey.getText()).isEqualTo("Sign in with a passkey");

        browserAnswers(passkey, "cancelled");
        var part = find(PasskeySignInPart.class).single();
        assertThat(problem(part)).startsWith("No passkey was used Signing in with a passkey was cancelled");
        assertThat(find(LoginForm.class).single().isError()).isFalse();

        // Spring Security's answer for a locked account: told as after a password.
        browserAnswers(passkey, "locked");
        assertThat(problem(part)).startsWith("Your account is locked");
        browserAnswers(passkey, "passkey");
        assertThat(problem(part)).contains("This passkey is not known here");
    }

    /** Clicks the button and answers its ceremony's script with the word the browser's half resolves to. */
    private void browserAnswers(Button passkey, String word) {
        test(passkey).click();
        roundTrip();
        var ceremony = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(script -> script.getInvocation().getExpression().contains("login/webauthn")).toList();
        assertThat(ceremony).hasSize(1);
        ceremony.getFirst().complete(StringNode.valueOf(word));
    }

    @Test
    void after_a_failed_sign_in_the_address_typed_comes_back_once_with_the_reason_at_the_password_field() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // Kept by the failure handler; whatever was typed is a value for the field, never markup.
        String typed = "anna@example.com\"><img src=x onerror=alert(1)>";
        VaadinSession.getCurrent().getSession().setAttribute(TypedEmail.ATTRIBUTE, typed);
        String reason = "Check your e-mail address and password and try again. "
                + "If you have not set a password yet, use the link from your welcome e-mail.";

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", "credentials"));

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getProperty("noAutofocus", false)).as("the script places the focus").isTrue();
        assertThat(failureScripts()).singleElement().satisfies(script -> {
            assertThat(script.getInvocation().getParameters()).startsWith(typed, reason);
            assertThat(script.getInvocation().getExpression()).doesNotContain("anna@example.com");
        });
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(TypedEmail.ATTRIBUTE)).isNull();

        // Coming back to the page still gives the reason, but the address was handed out once.
        navigate(ForgotPasswordView.class);
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", "credentials"));

        assertThat(failureScripts()).singleElement().satisfies(script ->
                assertThat(script.getInvocation().getParameters()).startsWith("", reason));
    }

    @Test
    void a_locked_account_is_told_in_polish_and_in_the_field() {
        UI.getCurrent().setLocale(Locale.of("pl"));
        VaadinSession.getCurrent().getSession().setAttribute(TypedEmail.ATTRIBUTE, "jan@example.com");

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", "locked"));

        assertThat(failureScripts()).singleElement().satisfies(script ->
                assertThat(script.getInvocation().getParameters()).startsWith("jan@example.com",
                        "Twoje konto zostało zablokowane. Skontaktuj się z administratorem swojej firmy "
                                + "lub z Działem Obsługi Dystrybutorów."));
    }

    /** The scripts that put a failure's address and reason into the form's fields, as the next response sends them. */
    private List<PendingJavaScriptInvocation> failureScripts() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(script -> script.getInvocation().getExpression().contains("vaadinLoginPassword"))
                .toList();
    }

    /** What is said below "Sign in with a passkey", in the region read out as it changes. */
    private static String problem(PasskeySignInPart part) {
        return part.getChildren().filter(child -> child.hasClassName("login-passkey-problem")).findFirst().orElseThrow()
                .getElement().getTextRecursively();
    }
}
