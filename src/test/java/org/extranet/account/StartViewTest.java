package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class StartViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
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
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Manage users", "View prices");
    }

    @Test
    void speaks_polish_to_a_polish_speaker() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));
        UI.getCurrent().setLocale(Locale.of("pl"));

        navigate(StartView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Witaj, Test");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).containsExactly("Przygotowywanie wycen");
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
    void sends_someone_not_signed_in_to_the_sign_in_page() {
        assertThatThrownBy(() -> navigate(StartView.class)).hasMessageContaining("LoginView");

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
