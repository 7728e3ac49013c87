package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.extranet.account.ForgotPasswordView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class LoginViewTest extends SpringBrowserlessTest {

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
}
