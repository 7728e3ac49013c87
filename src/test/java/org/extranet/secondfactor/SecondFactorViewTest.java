package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountView;
import org.extranet.account.StartView;
import org.extranet.base.ui.ViewTest;
import org.extranet.security.SignInFactors;
import org.extranet.user.AdminPanelView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The second step of signing in as the user meets it: every page leads there until it is done; a
 * code from the app or a recovery code completes it; someone who must have a second factor and has
 * none sets up the app there and sees their recovery codes once.
 */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class SecondFactorViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired Authenticators authenticators;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Signed in with the password only, opening a page as the browser would after the sign-in form. */
    private void afterThePassword(String email, Locale locale, Class<? extends com.vaadin.flow.component.Component> page) {
        signIn.passwordOnly(email);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(page);
    }

    private TextField field(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    @Test
    void every_page_leads_to_the_code_until_it_is_given_and_then_the_page_opens() {
        String email = fixtures.user(fixtures.company(), "MANAGE_USERS");
        var app = authenticators.enrol(email);

        for (var page : List.of(StartView.class, AccountView.class, AdminPanelView.class)) {
            afterThePassword(email, Locale.ENGLISH, page);
            assertThat(getCurrentView()).as(page.getSimpleName()).isInstanceOf(SecondFactorView.class);
        }
        assertThat(find(H1.class).single().getText()).isEqualTo("Confirm it is you");
        assertThat(((SecondFactorView) getCurrentView()).getPageTitle()).isEqualTo("Confirm it is you – Extranet");

        test(field("Code from the app")).setValue(authenticators.code(app.secret(), 3));
        click("Verify");
        assertThat(field("Code from the app").isInvalid()).isTrue();
        assertThat(field("Code from the app").getErrorMessage()).startsWith("This code is not right.");
        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);

        test(field("Code from the app")).setValue(authenticators.code(app.secret(), 1));
        click("Verify");

        assertThat(SignInFactors.secondFactorPending()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
        UI.getCurrent().navigate(AdminPanelView.class);
        assertThat(getCurrentView()).isInstanceOf(AdminPanelView.class);
    }

    @Test
    void a_recovery_code_is_the_other_way_in() {
        String email = fixtures.user(fixtures.company());
        var app = authenticators.enrol(email);
        afterThePassword(email, Locale.ENGLISH, StartView.class);

        click("Use a recovery code instead");
        test(field("Recovery code")).setValue(app.recoveryCodes().get(4));
        click("Verify");

        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void staff_without_a_second_factor_set_up_the_app_right_after_the_password_and_see_their_recovery_codes_once() {
        afterThePassword(fixtures.staff(), Locale.ENGLISH, StartView.class);

        assertThat(getCurrentView()).isInstanceOf(SecondFactorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Set up an authenticator app");
        Image qrCode = find(Image.class).single();
        assertThat(qrCode.getSrc()).startsWith("data:image/png;base64,");
        assertThat(qrCode.getAlt()).contains("QR code to scan with the authenticator app");
        String key = find(Span.class).withClassName("second-factor-key").single().getText();
        assertThat(key).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");

        test(field("Code from the app")).setValue(authenticators.code(Authenticators.secretOf(key), 0));
        click("Confirm");

        assertThat(SignInFactors.secondFactorPending()).isFalse();
        var codes = find(OrderedList.class).withClassName("recovery-codes").single();
        assertThat(find(ListItem.class).from(codes).all()).hasSize(10);
        click("I have saved them, continue");
        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }

    @Test
    void speaks_polish() {
        String email = fixtures.user(fixtures.company());
        authenticators.enrol(email);
        afterThePassword(email, Locale.of("pl"), StartView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Potwierdź, że to Ty");
        test(field("Kod z aplikacji")).setValue("123");
        click("Sprawdź");
        assertThat(field("Kod z aplikacji").getErrorMessage()).isEqualTo("Wpisz 6 cyfr, które pokazuje aplikacja.");
        assertThat(find(Button.class).withText("Użyj kodu odzyskiwania").exists()).isTrue();
        assertThat(find(Button.class).withText("Wyloguj się").exists()).isTrue();
    }

    @Test
    void a_complete_sign_in_has_nothing_to_give_here() {
        signIn.as(fixtures.user(fixtures.company()));

        UI.getCurrent().navigate(SecondFactorView.class);

        assertThat(getCurrentView()).isInstanceOf(StartView.class);
    }
}
