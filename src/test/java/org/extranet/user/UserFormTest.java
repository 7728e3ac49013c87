package org.extranet.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.MAIL_OUTBOX;
import static org.extranet.db.Tables.ONE_TIME_TOKEN;
import static org.extranet.db.Tables.USER_PERMISSION;
import static org.extranet.db.Tables.USER_SESSION;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.ProductTime;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.Times;
import org.extranet.base.ui.ViewTest;
import org.extranet.secondfactor.Authenticators;
import org.extranet.session.UserSessionsSection;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class UserFormTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired Clock clock;
    @Autowired AuthenticationProvider signInPage;
    @Autowired Authenticators authenticators;

    long company;
    String admin;
    final String newEmail = Fixtures.unique("new") + "@form-test.example";

    @BeforeEach
    void anAdministratorInTheAdminPanel() {
        company = fixtures.company();
        admin = fixtures.user(company, "MANAGE_USERS");
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AdminPanelView.class);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void create_new_user_saves_the_user_with_permissions_and_sends_no_mail() {
        openCreateForm();
        assertThat(dialog().getHeaderTitle()).isEqualTo("Create new user");
        assertThat(footerButtons()).containsExactly("Cancel", "Create new user", "Create new user and notify");
        fill(newEmail, "Ewa", "Lis", "+48 600 700 800", "English");
        test(permissions()).selectItems("Place orders", "View invoices");

        click(footerButton("Create new user"));

        var row = db.selectFrom(APP_USER).where(APP_USER.EMAIL.eq(newEmail)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo(UserStatus.INVITED);
        assertThat(row.getCompanyId()).isEqualTo(company);
        assertThat(row.getLanguage()).isEqualTo("en");
        assertThat(row.getPhone()).isEqualTo("+48 600 700 800");
        assertThat(db.select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(row.getId())).fetch(USER_PERMISSION.PERMISSION_CODE))
                .containsExactlyInAnyOrder("PLACE_ORDERS", "VIEW_INVOICES");
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(newEmail))).isZero();
        assertThat(find(UserForm.class).all()).isEmpty();
        assertThat(notifications()).contains("Ewa Lis has been created. No e-mail was sent.");
        assertThat(emails()).contains(newEmail);
    }

    @Test
    void create_new_user_and_notify_queues_a_welcome_mail_in_the_users_language() {
        openCreateForm();
        fill(newEmail, "Emma", "Stone", "", "English");

        click(footerButton("Create new user and notify"));

        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(newEmail))).isEqualTo(UserStatus.INVITED);
        var mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(newEmail)).fetchSingle();
        assertThat(mail.getLanguage()).isEqualTo("en");
        assertThat(mail.getTextBody()).contains("/set-password?token=");
        assertThat(notifications()).anyMatch(text -> text.contains("a welcome e-mail is on its way to " + newEmail));
    }

    @Test
    void a_duplicate_email_is_shown_at_the_email_field_and_nothing_is_written() {
        String existing = fixtures.user(fixtures.company());
        int users = db.fetchCount(APP_USER);
        openCreateForm();
        fill(existing.toUpperCase(Locale.ROOT), "Ewa", "Lis", "", "Polski");

        click(footerButton("Create new user and notify"));

        EmailField email = find(EmailField.class).withCaption("Email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("This e-mail address is already in use. Every user needs their own address.");
        assertThat(dialog().isOpened()).isTrue();
        assertThat(db.fetchCount(APP_USER)).isEqualTo(users);
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.equalIgnoreCase(existing))).isZero();
    }

    @Test
    void required_fields_are_checked_before_anything_is_sent() {
        openCreateForm();

        click(footerButton("Create new user"));

        EmailField email = find(EmailField.class).withCaption("Email").single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter the e-mail address.");
        TextField firstName = find(TextField.class).withCaption("First name").single();
        assertThat(firstName.getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(email.isRequiredIndicatorVisible()).isTrue();
        assertThat(dialog().isOpened()).isTrue();

        test(email).setValue("not an address");
        click(footerButton("Create new user"));
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, such as name@company.com.");
    }

    @Test
    void a_phone_number_the_service_refuses_is_shown_at_the_phone_field() {
        openCreateForm();
        fill(newEmail, "Ewa", "Lis", "call me maybe", "English");

        click(footerButton("Create new user"));

        TextField phone = find(TextField.class).withCaption("Phone").single();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).startsWith("Enter a phone number using digits");
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.eq(newEmail))).isZero();
    }

    @Test
    void only_the_permissions_the_company_is_entitled_to_are_offered_with_their_explanations() {
        long small = fixtures.company(List.of("MANAGE_USERS", "VIEW_ORDERS"));
        signIn.as(fixtures.user(small, "MANAGE_USERS"));
        navigate(org.extranet.account.StartView.class);
        navigate(AdminPanelView.class);
        openCreateForm();

        var permissions = permissions();
        assertThat(permissions.getLabel()).isEqualTo("External permissions");
        assertThat(permissions.getListDataView().getItems().map(permissions.getItemLabelGenerator()))
                .containsExactly("Manage users", "View orders");
        assertThat(permissions.getItemHelperGenerator().apply("VIEW_ORDERS"))
                .isEqualTo("See the company's orders and their status.");
    }

    @Test
    void edit_fills_the_form_and_save_stores_the_change() {
        String colleague = fixtures.user(company, "VIEW_PRICES");
        click(rowButton(colleague, "Edit"));

        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit user");
        assertThat(find(EmailField.class).withCaption("Email").single().getValue()).isEqualTo(colleague);
        assertThat(find(TextField.class).withCaption("First name").single().getValue()).isEqualTo("Test");
        assertThat(test(permissions()).getSelected()).containsExactly("VIEW_PRICES");
        assertThat(footerButtons()).containsExactly("Delete user", "Cancel", "Save");

        test(find(TextField.class).withCaption("Last name").single()).setValue("Renamed");
        test(permissions()).selectItem("Place orders");
        click(footerButton("Save"));

        assertThat(db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague))).isEqualTo("Renamed");
        assertThat(db.fetchCount(USER_PERMISSION, USER_PERMISSION.USER_ID.eq(fixtures.userId(colleague)))).isEqualTo(2);
        assertThat(find(UserForm.class).all()).isEmpty();
        assertThat(grid().getCellText(emails().indexOf(colleague), AdminPanelViewTest.NAME)).isEqualTo("Test Renamed");
        assertThat(notifications()).contains("The changes to Test Renamed are saved.");
    }

    @Test
    void saving_over_a_change_made_meanwhile_says_so_and_offers_to_reload() {
        String colleague = fixtures.user(company);
        click(rowButton(colleague, "Edit"));
        // Someone else renames the user while the form is open.
        db.update(APP_USER).set(APP_USER.FIRST_NAME, "Changed").set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.EMAIL.eq(colleague)).execute();
        test(find(TextField.class).withCaption("Last name").single()).setValue("Mine");

        click(footerButton("Save"));

        var problem = find(Div.class).withClassName("form-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(find(Span.class).from(problem).single().getText()).startsWith("Someone else changed this user");
        assertThat(db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague))).isNotEqualTo("Mine");

        click(find(Button.class).from(problem).withText("Reload").single());

        assertThat(find(TextField.class).withCaption("First name").single().getValue()).isEqualTo("Changed");
        assertThat(problem.isVisible()).isFalse();
        test(find(TextField.class).withCaption("Last name").single()).setValue("Mine");
        click(footerButton("Save"));
        assertThat(db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague))).isEqualTo("Mine");
        assertThat(db.fetchValue(APP_USER.FIRST_NAME, APP_USER.EMAIL.eq(colleague))).isEqualTo("Changed");
    }

    @Test
    void the_sign_in_part_says_who_locked_the_user_and_when_and_unlocking_there_lets_the_form_still_save() {
        String colleague = fixtures.user(company);
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague));
        String adminName = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(admin));
        click(rowButton(colleague, "Lock"));
        String lockedAt = Times.dateTime(Locale.ENGLISH).format(db.fetchValue(APP_USER.LOCKED_AT, APP_USER.EMAIL.eq(colleague)));
        click(rowButton(colleague, "Edit"));

        assertThat(signInStatus()).containsExactly("Locked by " + adminName + " on " + lockedAt + ".");
        assertThat(signInSection().getElement().getAttribute("aria-labelledby")).isNotBlank();
        assertThat(signInButtons()).containsExactly("Unlock");

        click(signInButton("Unlock"));

        assertThat(signInStatus()).containsExactly(name + " is unlocked.", name + " can sign in.");
        assertThat(signInButtons()).isEmpty();
        assertThat(db.fetchValue(APP_USER.STATUS, APP_USER.EMAIL.eq(colleague))).isEqualTo(UserStatus.ACTIVE);
        assertThat(grid().getLitRendererPropertyValue(emails().indexOf(colleague), AdminPanelViewTest.STATUS, "status", String.class))
                .isEqualTo("Active");
        // Unlocking moved the user's version on; the open form must not take its own unlock for someone else's change.
        test(find(TextField.class).withCaption("Phone").single()).setValue("+48 600 000 111");
        click(footerButton("Save"));
        assertThat(db.fetchValue(APP_USER.PHONE, APP_USER.EMAIL.eq(colleague))).isEqualTo("+48 600 000 111");
    }

    @Test
    void the_sessions_part_shows_where_the_user_is_signed_in_and_signs_them_out_everywhere() {
        String colleague = fixtures.user(company);
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague));
        long laptop = fixtures.session(colleague, "Firefox", "Windows", "198.51.100.8");
        fixtures.session(colleague, null, "Android", "198.51.100.7", Duration.ofHours(1), Duration.ofMinutes(5));
        click(rowButton(colleague, "Edit"));

        var part = find(UserSessionsSection.class).single();
        assertThat(find(H3.class).from(part).single().getText()).isEqualTo("Sessions");
        assertThat(part.getElement().getAttribute("aria-labelledby")).isNotBlank();
        var sessions = find(ListItem.class).from(part).all();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.getFirst().getElement().getTextRecursively()).startsWith("Firefox on Windows")
                .contains("IP address", "198.51.100.8", "Signed in", "Last active").doesNotContain("This session");
        assertThat(sessions.get(1).getElement().getTextRecursively()).startsWith("Unknown browser on Android");
        assertThat(find(Button.class).from(part).withText("Sign out").exists()).as("no sign-out per session here").isFalse();

        click(find(Button.class).from(part).withText("Sign out everywhere").single());

        assertThat(db.fetchValue(USER_SESSION.ENDED_AT, USER_SESSION.ID.eq(laptop))).isNotNull();
        assertThat(sessionsStatus()).containsExactly(name + " is signed out of 2 sessions.", name + " has no open session.");
        assertThat(find(ListItem.class).from(part).exists()).isFalse();
        assertThat(find(Button.class).from(part).withText("Sign out everywhere").exists()).as("shown").isFalse();
    }

    @Test
    void a_block_after_failed_sign_ins_is_explained_and_can_be_lifted() {
        String colleague = fixtures.user(company);
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signInPage.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(colleague, "wrong password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        click(rowButton(colleague, "Edit"));

        assertThat(signInStatus()).singleElement().asString()
                .startsWith("Signing in is blocked until ").endsWith(" after several failed attempts.");
        assertThat(signInButtons()).containsExactly("Lift the block");

        click(signInButton("Lift the block"));

        assertThat(signInStatus()).containsExactly("The block is lifted.", name + " can sign in.");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SIGN_IN_BLOCK_LIFTED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(colleague))))).isEqualTo(1);
        assertThat(signInPage.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(colleague, Fixtures.PASSWORD))
                .isAuthenticated()).isTrue();
    }

    @Test
    void a_lost_second_factor_is_told_and_removed_from_the_sign_in_part() {
        String colleague = fixtures.user(company);
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague));
        authenticators.enrol(colleague);
        signIn.as(admin);
        click(rowButton(colleague, "Edit"));

        assertThat(signInStatus()).hasSize(2).last().asString()
                .startsWith("A second factor (an authenticator app or a passkey) has been set up since ");
        assertThat(signInButtons()).containsExactly("Remove second factor");

        click(signInButton("Remove second factor"));

        assertThat(signInStatus()).containsExactly(
                "The second factor of " + name + " is removed; they have been told by e-mail.", name + " can sign in.");
        assertThat(signInButtons()).isEmpty();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SECOND_FACTOR_REMOVED")
                .and(AUDIT_EVENT.SUBJECT_USER_ID.eq(fixtures.userId(colleague))))).isEqualTo(1);
    }

    @Test
    void an_expired_invitation_is_explained_and_a_new_one_sent_from_the_sign_in_part() {
        String invited = fixtures.userWithStatus(company, UserStatus.INVITED);
        long invitedId = fixtures.userId(invited);
        click(rowButton(invited, "Edit"));
        assertThat(signInStatus()).containsExactly("No invitation has been sent yet, so no password has been set.");
        assertThat(footerButtons()).containsExactly("Delete user", "Cancel", "Save");
        click(signInButton("Resend invitation"));
        click(footerButton("Cancel"));
        // The link has since run out: it expired three days ago at half past ten, Warsaw time.
        var expired = ZonedDateTime.now(clock.withZone(ProductTime.ZONE)).minusDays(3)
                .withHour(10).withMinute(30).truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
        db.update(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.CREATED_AT, expired.minusDays(3))
                .set(ONE_TIME_TOKEN.EXPIRES_AT, expired)
                .where(ONE_TIME_TOKEN.USER_ID.eq(invitedId)).execute();
        click(rowButton(invited, "Edit"));

        assertThat(signInStatus()).containsExactly(
                "The invitation expired on " + Times.dateTime(Locale.ENGLISH).format(expired)
                        + ", before a password was set. Send a new one.");
        assertThat(signInStatus().getFirst()).contains("10:30");

        click(signInButton("Resend invitation"));

        var expiresAt = db.fetchValue(ONE_TIME_TOKEN.EXPIRES_AT, ONE_TIME_TOKEN.USER_ID.eq(invitedId));
        assertThat(signInStatus()).containsExactly(
                "A new invitation is on its way to " + invited + ". Earlier links no longer work.",
                "The invitation link works until " + Times.dateTime(Locale.ENGLISH).format(expiresAt)
                        + ", but no password has been set with it yet.");
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(invited))).isEqualTo(2);
    }

    @Test
    void a_fix_that_fails_is_shown_in_the_form_and_a_user_who_can_sign_in_is_told_so() {
        String colleague = fixtures.user(company);
        db.update(APP_USER).set(APP_USER.STATUS, UserStatus.LOCKED).set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .where(APP_USER.EMAIL.eq(colleague)).execute();
        click(rowButton(colleague, "Edit"));
        assertThat(signInStatus()).singleElement().asString()
                .startsWith("Locked on ").endsWith(" by someone who no longer has an account here.");
        // Meanwhile the user is deleted.
        db.deleteFrom(APP_USER).where(APP_USER.EMAIL.eq(colleague)).execute();

        click(signInButton("Unlock"));

        var problem = find(Div.class).withClassName("form-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(find(Span.class).from(problem).single().getText()).startsWith("This user no longer exists");

        click(footerButton("Cancel"));
        click(rowButton(admin, "Edit"));
        assertThat(signInStatus()).containsExactly("Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(admin))
                + " can sign in.");
    }

    @Test
    void delete_user_asks_for_confirmation_naming_the_user_and_then_removes_them() {
        String colleague = fixtures.user(company);
        String name = "Test " + db.fetchValue(APP_USER.LAST_NAME, APP_USER.EMAIL.eq(colleague));
        click(rowButton(colleague, "Edit"));

        click(footerButton("Delete user"));
        var confirm = confirmation();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Delete user?");
        assertThat(confirm.getElement().getProperty("role")).isEqualTo("alertdialog");
        assertThat(find(Paragraph.class).from(confirm).single().getText())
                .isEqualTo("Delete user " + name + " (" + colleague + ")? This cannot be undone.");

        click(footerButton(confirm, "Cancel"));
        assertThat(confirm.isOpened()).isFalse();
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.eq(colleague))).isEqualTo(1);

        click(footerButton("Delete user"));
        click(footerButton(confirmation(), "Delete"));

        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.eq(colleague))).isZero();
        assertThat(find(UserForm.class).all()).isEmpty();
        assertThat(emails()).doesNotContain(colleague);
        assertThat(notifications()).contains(name + " has been deleted.");
    }

    @Test
    void deleting_yourself_is_refused_in_the_form() {
        fixtures.user(company, "MANAGE_USERS");
        click(rowButton(admin, "Edit"));

        click(footerButton("Delete user"));
        click(footerButton(confirmation(), "Delete"));

        var problem = find(Div.class).withClassName("form-problem").single();
        assertThat(find(Span.class).from(problem).single().getText()).isEqualTo("You cannot delete your own account.");
        assertThat(db.fetchCount(APP_USER, APP_USER.EMAIL.eq(admin))).isEqualTo(1);
    }

    @Test
    void the_form_speaks_polish_with_the_seeds_labels() {
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(org.extranet.account.StartView.class);
        navigate(AdminPanelView.class);
        click(find(Button.class).withText("Utwórz nowego użytkownika").single());

        assertThat(dialog().getHeaderTitle()).isEqualTo("Utwórz nowego użytkownika");
        assertThat(footerButtons()).containsExactly("Anuluj", "Utwórz nowego użytkownika",
                "Utwórz nowego użytkownika i poinformuj");
        assertThat(find(EmailField.class).single().getLabel()).isEqualTo("E-mail");
        assertThat(find(TextField.class).all()).extracting(TextField::getLabel)
                .contains("Imię", "Nazwisko", "Telefon");
        assertThat(permissions().getLabel()).isEqualTo("Uprawnienia zewnętrzne");
        assertThat(permissions().getListDataView().getItems().map(permissions().getItemLabelGenerator()))
                .containsExactly("Zarządzanie użytkownikami", "Składanie zamówień", "Przeglądanie zamówień",
                        "Przeglądanie faktur", "Przeglądanie cen", "Przygotowywanie wycen");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language = find(RadioButtonGroup.class).withCaption("Język").single();
        assertThat(language.getValue()).isEqualTo(Language.PL);
    }

    private SignInSection signInSection() {
        return find(SignInSection.class).single();
    }

    /** What the sign-in part says, a paragraph each, as announced to screen readers. */
    private List<String> signInStatus() {
        Div status = find(Div.class).from(signInSection())
                .withCondition(div -> "status".equals(div.getElement().getAttribute("role"))).single();
        return find(Paragraph.class).from(status).all().stream().map(Paragraph::getText).toList();
    }

    /** What the sessions part says, as announced to screen readers. */
    private List<String> sessionsStatus() {
        Div status = find(Div.class).from(find(UserSessionsSection.class).single())
                .withCondition(div -> "status".equals(div.getElement().getAttribute("role"))).single();
        return find(Paragraph.class).from(status).all().stream().map(Paragraph::getText).toList();
    }

    private List<String> signInButtons() {
        return find(Button.class).from(signInSection()).all().stream()
                .filter(Button::isVisible).filter(button -> button.getParent().orElseThrow().isVisible())
                .map(Button::getText).toList();
    }

    private Button signInButton(String text) {
        return find(Button.class).from(signInSection()).withText(text).single();
    }

    private void openCreateForm() {
        click(find(Button.class).withText("Create new user").single());
    }

    private void fill(String email, String firstName, String lastName, String phone, String language) {
        test(find(EmailField.class).withCaption("Email").single()).setValue(email);
        test(find(TextField.class).withCaption("First name").single()).setValue(firstName);
        test(find(TextField.class).withCaption("Last name").single()).setValue(lastName);
        test(find(TextField.class).withCaption("Phone").single()).setValue(phone);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> languages = find(RadioButtonGroup.class).withCaption("Language").single();
        test(languages).selectItem(language);
    }

    private Dialog dialog() {
        return find(UserForm.class).single();
    }

    private Dialog confirmation() {
        return find(DeleteConfirmation.class).withCondition(Dialog::isOpened).single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> permissions() {
        return find(CheckboxGroup.class).single();
    }

    private List<String> footerButtons() {
        return dialog().getFooter().getElement().getChildren()
                .map(element -> element.getComponent().orElseThrow())
                .filter(Button.class::isInstance).map(button -> ((Button) button).getText()).toList();
    }

    private Button footerButton(String text) {
        return footerButton(dialog(), text);
    }

    private Button footerButton(Dialog dialog, String text) {
        return dialog.getFooter().getElement().getChildren()
                .map(element -> element.getComponent().orElseThrow())
                .filter(component -> component instanceof Button button && text.equals(button.getText()))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<UserRow>, UserRow> grid() {
        return test((Grid<UserRow>) find(Grid.class).single());
    }

    private List<String> emails() {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).email()).toList();
    }

    private AdminPanelViewTest.RowAction rowButton(String email, String label) {
        return AdminPanelViewTest.rowAction(grid(), emails().indexOf(email), label);
    }

    private void click(AdminPanelViewTest.RowAction action) {
        AdminPanelViewTest.invoke(grid(), find(Grid.class).single(), action);
    }

    private void click(Button button) {
        test(button).click();
    }


    private List<String> notifications() {
        return find(Notification.class).all().stream().map(NoticesShown::text).toList();
    }
}
