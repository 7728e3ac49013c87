package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_SESSION;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.extranet.session.YourSessions;
import org.extranet.ui.LoginView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class AccountViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private AccountView openAs(String email, Locale locale) {
        signIn.as(email);
        UI.getCurrent().setLocale(locale);
        return navigate(AccountView.class);
    }

    /** The "Your details" list as term: description pairs. */
    private List<String> details() {
        var terms = find(DescriptionList.Term.class).all();
        var descriptions = find(DescriptionList.Description.class).all();
        return java.util.stream.IntStream.range(0, terms.size())
                .mapToObj(i -> terms.get(i).getText() + ": " + descriptions.get(i).getText()).toList();
    }

    @Test
    void shows_the_users_own_data_company_and_permissions() {
        long company = fixtures.company();
        String email = fixtures.user(company, "PLACE_ORDERS", "VIEW_INVOICES");
        db.update(APP_USER).set(APP_USER.PHONE, "+48 600 100 200").where(APP_USER.EMAIL.eq(email)).execute();
        String lastName = db.select(APP_USER.LAST_NAME).from(APP_USER).where(APP_USER.EMAIL.eq(email))
                .fetchSingle(APP_USER.LAST_NAME);

        var view = openAs(email, Locale.ENGLISH);

        assertThat(find(H1.class).single().getText()).isEqualTo("Account information");
        assertThat(view.getPageTitle()).isEqualTo("Account information – Extranet");
        assertThat(details()).containsExactly("Name: Test " + lastName, "E-mail: " + email,
                "Phone: +48 600 100 200", "Company: " + fixtures.companyName(company));
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Place orders", "View invoices");
        assertThat(find(RadioButtonGroup.class).withCaption("Language of pages and e-mails").single().getValue())
                .isEqualTo(Language.EN);
        assertThat(find(Button.class).withText("Change password").exists()).isTrue();
    }

    @Test
    void is_in_the_top_bar_as_account_information() {
        openAs(fixtures.user(fixtures.company()), Locale.ENGLISH);

        assertThat(find(RouterLink.class).withText("Account information").single().getHref()).isEqualTo("account");
    }

    @Test
    void staff_belong_to_the_service_department_and_a_missing_phone_says_so() {
        openAs(fixtures.staff(), Locale.ENGLISH);

        assertThat(details()).contains("Phone: Not given", "Company: Distributor Service Department");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You hold no external permissions.");
    }

    @Test
    void speaks_polish_with_the_seeds_labels() {
        openAs(fixtures.user(fixtures.company(), "PREPARE_QUOTES"), Locale.of("pl"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Informacje o koncie");
        assertThat(find(RouterLink.class).withText("Informacje o koncie").exists()).isTrue();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly("Przygotowywanie wycen");
        assertThat(find(Button.class).withText("Zmień hasło").exists()).isTrue();
    }

    @Test
    void the_language_changes_with_its_button_and_is_stored() {
        String email = fixtures.user(fixtures.company());
        openAs(email, Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language = find(RadioButtonGroup.class).withCaption("Language of pages and e-mails").single();

        test(language).selectItem("Polski");
        assertThat(storedLanguage(email)).as("not on selection alone").isEqualTo("en");
        test(find(Button.class).withText("Change language").single()).click();

        assertThat(storedLanguage(email)).isEqualTo("pl");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("pl");
    }

    @Test
    void the_colour_scheme_takes_effect_and_is_stored_as_it_is_chosen() {
        String email = fixtures.user(fixtures.company());
        openAs(email, Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ColorSchemeChoice> scheme = find(RadioButtonGroup.class).withCaption("Colour scheme").single();
        assertThat(scheme.getValue()).isEqualTo(ColorSchemeChoice.SYSTEM);
        assertThat(scheme.getHelperText()).isEqualTo("Kept with your account and used wherever you sign in.");

        test(scheme).selectItem("Dark");

        assertThat(db.fetchValue(APP_USER.COLOR_SCHEME, APP_USER.EMAIL.eq(email))).isEqualTo("dark");
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        test(scheme).selectItem("As set on this device");
        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.SYSTEM);
    }

    @Test
    void the_colour_scheme_choice_speaks_polish() {
        openAs(fixtures.user(fixtures.company()), Locale.of("pl"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ColorSchemeChoice> scheme = find(RadioButtonGroup.class).withCaption("Kolorystyka").single();
        assertThat(List.of(ColorSchemeChoice.values())).extracting(scheme.getItemLabelGenerator()::apply)
                .containsExactly("Jak ustawiono na tym urządzeniu", "Jasna", "Ciemna");
    }

    @Test
    void change_password_opens_the_form() {
        openAs(fixtures.user(fixtures.company()), Locale.ENGLISH);

        test(find(Button.class).withText("Change password").single()).click();

        var dialog = find(Dialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Change password");
        assertThat(find(PasswordField.class).from(dialog).all()).extracting(PasswordField::getLabel)
                .containsExactly("Current password", "New password", "Repeat new password");
    }

    @Test
    void your_sessions_mark_this_one_and_sign_out_another_with_a_notice() {
        String email = fixtures.user(fixtures.company());
        long here = fixtures.session(email, "Firefox", "Windows", "192.0.2.10", Duration.ofHours(1), Duration.ofMinutes(1));
        long phone = fixtures.session(email, "Mobile Safari", "iOS", "198.51.100.7");
        signIn.inSession(here);
        openAs(email, Locale.ENGLISH);

        var section = find(YourSessions.class).single();
        assertThat(find(H2.class).from(section).single().getText()).isEqualTo("Your sessions");
        var sessions = find(ListItem.class).from(section).all();
        assertThat(sessions).extracting(item -> item.getElement().getTextRecursively()).satisfiesExactly(
                first -> assertThat(first).startsWith("Firefox on WindowsThis session").contains("192.0.2.10", "Last activeNow"),
                second -> assertThat(second).startsWith("Mobile Safari on iOS").contains("198.51.100.7"));
        var signOut = find(Button.class).from(section).withText("Sign out").single();
        assertThat(signOut.getAriaLabel()).hasValue("Sign out Mobile Safari on iOS, 198.51.100.7");

        test(signOut).click();

        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(phone))).isNotNull();
        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(here))).isNull();
        assertThat(find(ListItem.class).from(section).all()).hasSize(1);
        assertThat(find(Notification.class).all()).extracting(NoticesShown::text).contains("Signed out: Mobile Safari on iOS.");
        assertThat(find(Paragraph.class).from(section).withText("You have no other open session.").exists()).isTrue();
        assertThat(find(Button.class).from(section).withText("Sign out everywhere else").exists()).as("shown").isFalse();
    }

    @Test
    void sign_out_everywhere_else_speaks_polish_and_keeps_this_session() {
        String email = fixtures.user(fixtures.company());
        long here = fixtures.session(email, "Firefox", "Windows", "192.0.2.10");
        long phone = fixtures.session(email, "Mobile Safari", "iOS", "198.51.100.7");
        long laptop = fixtures.session(email, null, null, "198.51.100.8");
        signIn.inSession(here);
        openAs(email, Locale.of("pl"));

        var section = find(YourSessions.class).single();
        assertThat(find(H2.class).from(section).single().getText()).isEqualTo("Twoje sesje");
        assertThat(find(ListItem.class).from(section).all()).extracting(item -> item.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).startsWith("Firefox w systemie WindowsTa sesja"))
                .anySatisfy(text -> assertThat(text).startsWith("Nieznana przeglądarka w nieznanym systemie"));

        test(find(Button.class).from(section).withText("Wyloguj wszędzie indziej").single()).click();

        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(phone))).isNotNull();
        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(laptop))).isNotNull();
        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(here))).isNull();
        assertThat(find(Notification.class).all()).extracting(NoticesShown::text).contains("Wylogowano 2 inne sesje.");
        assertThat(find(ListItem.class).from(section).all()).hasSize(1);
    }

    @Test
    void sends_someone_not_signed_in_to_the_sign_in_page() {
        assertThatThrownBy(() -> navigate(AccountView.class)).hasMessageContaining("LoginView");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private String storedLanguage(String email) {
        return db.select(APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.LANGUAGE);
    }
}
