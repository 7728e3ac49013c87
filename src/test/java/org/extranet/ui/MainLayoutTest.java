package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.AUDIT_EVENT;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountService;
import org.extranet.account.AccountView;
import org.extranet.account.ColorSchemeChoice;
import org.extranet.account.StartView;
import org.extranet.base.Language;
import org.extranet.base.ui.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class MainLayoutTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired AccountService accounts;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_top_bar_names_the_product_and_the_user_and_offers_sign_out() {
        String email = fixtures.user(fixtures.company());
        signIn.as(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(StartView.class);

        var topBar = find(Header.class).single();
        assertThat(find(Span.class, topBar).all()).extracting(Span::getText)
                .contains(accounts.myAccount().fullName());
        assertThat(find(Button.class, topBar).all()).extracting(Button::getText)
                .containsExactly("Menu", "Polski", "Sign out");
    }

    @Test
    void the_language_switch_remembers_the_choice_for_the_user_and_audits_it() {
        String email = fixtures.user(fixtures.company());
        signIn.as(email);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);

        test(find(Button.class).withText("Polski").single()).click();

        assertThat(accounts.myLanguage()).contains(Language.PL);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(fixtures.userId(email))
                .and(AUDIT_EVENT.ACTION.eq("LANGUAGE_CHANGED")))).isEqualTo(1);
    }

    @Test
    void the_menu_button_says_whether_its_panel_is_open_and_a_chosen_entry_closes_it() {
        signIn.as(fixtures.user(fixtures.company()));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);
        var menu = find(Button.class).withText("Menu").single();
        var panel = find(Div.class).withId(menu.getElement().getAttribute("aria-controls")).single();
        assertThat(find(RouterLink.class, panel).all()).extracting(RouterLink::getText).contains("Account information");
        assertThat(find(Button.class, panel).all()).extracting(Button::getText).containsExactly("Polski", "Sign out");
        assertThat(expanded(menu)).isEqualTo("false");

        test(menu).click();
        assertThat(expanded(menu)).isEqualTo("true");
        test(menu).click();
        assertThat(expanded(menu)).isEqualTo("false");

        test(menu).click();
        test(find(RouterLink.class, panel).withText("Account information").single()).click();
        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
        assertThat(expanded(menu)).as("closed after the navigation").isEqualTo("false");
    }

    @Test
    void escape_in_the_top_bar_closes_the_open_menu() {
        signIn.as(fixtures.user(fixtures.company()));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);
        var menu = find(Button.class).withText("Menu").single();
        test(menu).click();

        pressEscapeIn(find(Header.class).single());

        assertThat(expanded(menu)).isEqualTo("false");
    }

    @Test
    void every_page_takes_the_users_own_colour_scheme() {
        String email = fixtures.user(fixtures.company());
        signIn.as(email);
        accounts.changeColorScheme(ColorSchemeChoice.DARK);

        navigate(StartView.class);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
    }

    private static String expanded(Button menu) {
        return menu.getElement().getAttribute("aria-expanded");
    }

    /** A keydown of Escape in the bar, as the browser reports it once the listener's filter matched. */
    private static void pressEscapeIn(Header bar) {
        var event = JacksonUtils.createObjectNode();
        event.put("event.key === 'Escape'", true);
        new ComponentTester<Header>(bar) {
            void escape() {
                fireDomEvent("keydown", event);
            }
        }.escape();
    }
}
