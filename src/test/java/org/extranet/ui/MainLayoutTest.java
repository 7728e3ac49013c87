package org.extranet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.AUDIT_EVENT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountService;
import org.extranet.account.Language;
import org.extranet.account.StartView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class MainLayoutTest extends SpringBrowserlessTest {

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
                .containsExactly("Polski", "Sign out");
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
}
