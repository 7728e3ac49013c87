package org.extranet.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.RECOVERY_CODE;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.TestClock;
import org.extranet.account.AccountView;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.extranet.user.AdminPanelView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Account information's "Second factor": setting up the app (QR code, key, first code, recovery
 * codes once) and removing it with the password; and the company's requirement in the admin panel.
 */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class AuthenticatorSectionTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired Authenticators authenticators;
    @Autowired SecondFactorPolicy policy;
    @Autowired TestClock clock;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        clock.reset();
        signIn.out();
    }

    private AuthenticatorSection openAccount(String email, Locale locale) {
        signIn.as(email);
        UI.getCurrent().setLocale(locale);
        navigate(AccountView.class);
        return find(AuthenticatorSection.class).single();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private java.util.List<String> texts(AuthenticatorSection section) {
        return find(Paragraph.class).from(section).all().stream().map(Paragraph::getText).toList();
    }

    @Test
    void the_app_is_set_up_from_account_information_and_removed_with_the_password() {
        String email = fixtures.user(fixtures.company());
        var section = openAccount(email, Locale.ENGLISH);
        assertThat(texts(section)).singleElement().asString().startsWith("No authenticator app is set up.");

        click("Set up authenticator app");
        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Set up an authenticator app");
        assertThat(find(Image.class).from(dialog).single().getSrc()).startsWith("data:image/png;base64,");
        String key = find(Span.class).withClassName("second-factor-key").single().getText();
        test(find(TextField.class).withLabel("Code from the app").single())
                .setValue(authenticators.code(Authenticators.secretOf(key), 0));
        click("Confirm");
        assertThat(find(ListItem.class).from(dialog).all()).hasSize(10);
        click("I have saved them");

        assertThat(dialog.isOpened()).isFalse();
        assertThat(texts(section)).hasSize(2).satisfies(lines -> {
            assertThat(lines.getFirst()).startsWith("An authenticator app has been set up since ");
            assertThat(lines.get(1)).isEqualTo("10 recovery codes left.");
        });

        click("Remove authenticator app");
        var remove = find(Dialog.class).withCondition(Dialog::isOpened).single();
        var password = find(PasswordField.class).from(remove).withLabel("Your password or a code from the app").single();
        test(password).setValue("not my password at all");
        test(find(Button.class).from(remove).withText("Remove").single()).click();
        assertThat(password.getErrorMessage()).isEqualTo("This is not your password, nor a code from the app.");
        test(password).setValue(Fixtures.PASSWORD);
        test(find(Button.class).from(remove).withText("Remove").single()).click();

        assertThat(remove.isOpened()).isFalse();
        assertThat(find(Notification.class).all()).extracting(NoticesShown::text)
                .contains("The authenticator app is removed.");
        assertThat(texts(section)).singleElement().asString().startsWith("No authenticator app is set up.");
    }

    @Test
    void signed_in_a_while_ago_the_password_is_asked_again_before_the_set_up_opens() {
        var section = openAccount(fixtures.user(fixtures.company()), Locale.ENGLISH);
        clock.move(Duration.ofMinutes(6));

        click("Set up authenticator app");
        var confirm = find(Dialog.class).withCondition(Dialog::isOpened).single();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Confirm it's you");
        var password = find(PasswordField.class).from(confirm).withLabel("Password").single();
        test(password).setValue("not my password at all");
        test(find(Button.class).from(confirm).withText("Confirm").single()).click();
        assertThat(password.getErrorMessage()).isEqualTo("This is not your password.");
        assertThat(find(Image.class).all()).as("no QR code yet").isEmpty();

        test(password).setValue(Fixtures.PASSWORD);
        test(find(Button.class).from(confirm).withText("Confirm").single()).click();

        assertThat(confirm.isOpened()).isFalse();
        assertThat(find(Dialog.class).withCondition(Dialog::isOpened).single().getHeaderTitle())
                .isEqualTo("Set up an authenticator app");
        assertThat(find(Image.class).single().getSrc()).startsWith("data:image/png;base64,");
        assertThat(section.isAttached()).isTrue();
    }

    @Test
    void staff_are_told_they_need_one_in_polish() {
        var section = openAccount(fixtures.staff(), Locale.of("pl"));

        assertThat(texts(section)).contains(
                "Twoje konto wymaga drugiego składnika: jeśli nie ustawisz go tutaj, Extranet poprosi o to przy następnym logowaniu.");
        assertThat(find(Button.class).withText("Ustaw aplikację uwierzytelniającą").exists()).isTrue();
    }

    @Test
    void an_administrator_requires_a_second_factor_for_the_company_in_the_admin_panel() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdminPanelView.class);
        var require = find(Checkbox.class).withLabel("Require a second factor for everyone in the company").single();
        assertThat(require.getValue()).isFalse();

        test(require).click();

        assertThat(require.getValue()).isTrue();
        assertThat(policy.companyRequiresSecondFactor(company)).isTrue();
        assertThat(find(Notification.class).all()).extracting(NoticesShown::text)
                .contains("A second factor is now required for everyone in the company.");
    }

    @Test
    void staff_require_it_on_the_companys_page_in_the_back_office() {
        long company = fixtures.company();
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("back-office/company/" + company);
        var require = find(Checkbox.class).withLabel("Wymagaj drugiego składnika od wszystkich w firmie").single();

        test(require).click();

        assertThat(policy.companyRequiresSecondFactor(company)).isTrue();
        test(require).click();
        assertThat(policy.companyRequiresSecondFactor(company)).isFalse();
    }

    @Test
    void new_recovery_codes_are_asked_for_shown_once_and_after_a_while_the_password_comes_first() {
        String email = fixtures.user(fixtures.company());
        authenticators.enrol(email);
        db.update(RECOVERY_CODE).set(RECOVERY_CODE.USED_AT, OffsetDateTime.now(clock))
                .where(RECOVERY_CODE.USER_ID.eq(fixtures.userId(email))).limit(3).execute();
        var section = openAccount(email, Locale.ENGLISH);
        assertThat(texts(section)).contains("7 recovery codes left.");
        clock.move(Duration.ofMinutes(6));

        click("New recovery codes");
        var question = find(Dialog.class).withCondition(Dialog::isOpened).single();
        assertThat(find(Paragraph.class).from(question).single().getText())
                .isEqualTo("You get ten new recovery codes, shown once. The recovery codes you kept so far stop working.");
        test(find(Button.class).from(question).withText("Make new codes").single()).click();
        var confirm = find(Dialog.class).withCondition(dialog -> dialog.isOpened() && dialog != question).single();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Confirm it's you");
        test(find(PasswordField.class).from(confirm).withLabel("Password").single()).setValue(Fixtures.PASSWORD);
        test(find(Button.class).from(confirm).withText("Confirm").single()).click();

        assertThat(confirm.isOpened()).isFalse();
        assertThat(find(ListItem.class).from(question).all()).hasSize(10);
        test(find(Button.class).from(question).withText("I have saved them").single()).click();
        assertThat(question.isOpened()).isFalse();
        assertThat(texts(section)).contains("10 recovery codes left.");
    }
}
