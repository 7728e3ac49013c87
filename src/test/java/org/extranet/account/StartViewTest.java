package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.extranet.db.Tables.ADDRESS_REQUEST;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.address.AddressRequestsView;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.ViewTest;
import org.extranet.ui.LoginView;
import org.extranet.user.AdminPanelView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class StartViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A shortcut as the user meets it: where it leads, its name, its number (empty if none), what it says. */
    record Shortcut(String href, String name, String count, String hint) {
    }

    @Test
    void greets_the_user_by_name_and_shows_their_company_and_permissions() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS", "VIEW_PRICES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Welcome, Test");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Your company: " + fixtures.companyName(company));
        assertThat(permissions()).containsExactly("Manage users", "View prices");
    }

    @Test
    void speaks_polish_to_a_polish_speaker() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.of("pl"));

        navigate(StartView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Witaj, Test");
        assertThat(permissions()).containsExactly("Przygotowywanie wycen");
        assertThat(shortcuts()).extracting(Shortcut::name).containsExactly("Wyceny", "Informacje o koncie", "Zmień hasło");
    }

    @Test
    void tells_staff_they_work_for_the_service_department() {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You are signed in as a member of the Distributor Service Department.",
                        "You hold no external permissions.");
    }

    @Test
    void an_administrator_finds_their_users_pending_invitations_and_locked_users_counted() {
        long company = fixtures.company();
        String admin = fixtures.user(company, "MANAGE_USERS");
        fixtures.user(company, "VIEW_PRICES");
        fixtures.userWithStatus(company, UserStatus.INVITED);
        fixtures.userWithStatus(company, UserStatus.INVITED);
        fixtures.userWithStatus(company, UserStatus.LOCKED);
        fixtures.userWithStatus(fixtures.company(), UserStatus.LOCKED);
        signIn.as(admin);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);

        assertThat(shortcuts()).extracting(Shortcut::href, Shortcut::name, Shortcut::count).containsExactly(
                tuple("admin", "Users of your company", "5"),
                tuple("admin?status=invited", "Pending invitations", "2"),
                tuple("admin?status=locked", "Locked users", "1"),
                tuple("delivery-addresses", "Delivery addresses", ""),
                tuple("account", "Account information", ""),
                tuple("account", "Change password", ""));
        assertThat(shortcuts().get(1).hint())
                .isEqualTo("Invited users who have not set a password yet; you can send them the invitation again.");
        assertThat(permissions()).containsExactly("Manage users");
    }

    @Test
    void the_pending_invitations_shortcut_opens_the_admin_panel_showing_those_users() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        fixtures.userWithStatus(company, UserStatus.INVITED);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);

        test(link("Pending invitations")).click();

        assertThat(getCurrentView()).isInstanceOf(AdminPanelView.class);
        @SuppressWarnings("unchecked")
        Select<UserStatus> status = find(Select.class).withCaption("Status").single();
        assertThat(status.getValue()).isEqualTo(UserStatus.INVITED);
    }

    @Test
    void a_user_without_rights_gets_their_own_account_and_the_pages_their_permissions_open() {
        signIn.as(fixtures.user(fixtures.company(), "VIEW_PRICES"));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);

        assertThat(shortcuts()).extracting(Shortcut::href, Shortcut::name, Shortcut::count).containsExactly(
                tuple("account", "Account information", ""),
                tuple("account", "Change password", ""));
    }

    @Test
    void staff_find_the_open_address_requests_of_every_company_counted_and_the_back_office() {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);

        String open = String.valueOf(db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.STATUS.eq("OPEN")));
        assertThat(shortcuts()).extracting(Shortcut::href, Shortcut::name, Shortcut::count).containsExactly(
                tuple("back-office/address-requests", "Open address requests", open),
                tuple("back-office", "Back office", ""),
                tuple("account", "Account information", ""),
                tuple("account", "Change password", ""));
        test(link("Open address requests")).click();
        assertThat(getCurrentView()).isInstanceOf(AddressRequestsView.class);
    }

    @Test
    void sends_someone_not_signed_in_to_the_sign_in_page() {
        assertThatThrownBy(() -> navigate(StartView.class)).hasMessageContaining("LoginView");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private List<String> permissions() {
        var list = find(UnorderedList.class).withClassName("permission-list").single();
        return list.getChildren().map(item -> item.getElement().getText()).toList();
    }

    private List<Shortcut> shortcuts() {
        return find(RouterLink.class).withClassName("shortcut-link").all().stream().map(link -> {
            var count = find(Span.class).from(link).withClassName("shortcut-count").all();
            var hint = find(Span.class).withId(link.getElement().getAttribute("aria-describedby")).single();
            return new Shortcut(link.getHref(),
                    find(Span.class).from(link).withClassName("shortcut-label").single().getText(),
                    count.isEmpty() ? "" : count.getFirst().getText(), hint.getText());
        }).toList();
    }

    private RouterLink link(String name) {
        return find(RouterLink.class).withClassName("shortcut-link")
                .withCondition(link -> link.getElement().getTextRecursively().startsWith(name)).single();
    }
}
